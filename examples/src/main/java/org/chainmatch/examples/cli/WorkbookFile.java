package org.chainmatch.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.matching.MatchResult;
import org.chainmatch.outreach.OutreachRequest;
import org.chainmatch.office.xlsx.ReportWorkbook;

/** report.xlsx: what a command produced, for people, written before summary.json. */
final class WorkbookFile {
  ResumptionReport report;
  List<MatchResult> results;
  List<OutreachRequest> requests;

  /** Writes report.xlsx with whatever the command produced; times it as "workbook". */
  void write(OutputFolder out, Summary summary, RegionCode city,
      Function<Uscc, Optional<Enterprise>> directory) throws IOException {
    ReportWorkbook wb = ReportWorkbook.of(city, directory);
    if (report != null) {
      wb.analysis(report);
    }
    if (results != null) {
      wb.matches(results);
    }
    if (requests != null) {
      wb.outreach(requests);
    }
    summary.counts().forEach(wb::summary);
    Path file = out.file("report.xlsx");
    wb.write(file);
    out.published(file);
    summary.phase("workbook");
  }
}
