package org.chainmatch.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.core.analysis.WhatIf;
import org.chainmatch.outreach.TrackedRequest;
import org.chainmatch.office.html.HtmlReport;

/** report.html: what a command analysed, what-if and outreach state, written before summary.json. */
final class ReportFile {
  ResumptionReport report;
  WhatIf whatIf;
  int whatIfChanged;
  List<TrackedRequest> tracked;
  String subtitle = "";

  void whatIf(WhatIf effect, int changed) {
    whatIf = effect;
    whatIfChanged = changed;
  }

  /** Writes report.html when there is an analysis (match alone has none); times it as "report". */
  void write(OutputFolder out, Summary summary) throws IOException {
    if (report == null) {
      return;
    }
    HtmlReport.Builder b = HtmlReport.builder(report).summary(summary.counts()).subtitle(subtitle);
    if (whatIf != null) {
      b.whatIf(whatIf, whatIfChanged);
    }
    if (tracked != null) {
      b.outreach(tracked, Instant.now(), HtmlReport.DEFAULT_OVERDUE);
    }
    Path file = out.file("report.html");
    b.build().writeTo(file);
    out.published(file);
    summary.phase("report");
  }
}
