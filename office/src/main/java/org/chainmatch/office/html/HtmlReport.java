package org.chainmatch.office.html;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainmatch.core.analysis.ChainHealth;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.core.analysis.WhatIf;
import org.chainmatch.core.io.AtomicFiles;
import org.chainmatch.outreach.TrackedRequest;

/**
 * The city at a glance as one self-contained {@code report.html}: statuses, blocked inputs,
 * breakpoints, stalled suppliers and enterprises at risk by district (县区) and industry chain (GB/T
 * 4754 division), breakpoint sourcing, priorities, a what-if, outreach by target authority, and each
 * key enterprise's upstream chain (链长制) drawn tier by tier.
 *
 * <p>The page needs no network: ECharts (from its WebJar), the script and the style are inlined;
 * fonts come from the system through CSS fallbacks (a CJK font must be installed to see Chinese).
 * Every chart has its figures in a table beside it. Everything from the data is escaped: text as
 * HTML, the charts' data as JSON safe inside {@code <script>}. The size is bounded whatever the
 * city's size (aggregates and top lists with "另有 N …"): about 1.1 MB of which 1 MB is ECharts.
 *
 * <pre>{@code
 * HtmlReport.builder(report).summary(counts).outreach(store.all(), now, Duration.ofDays(7))
 *     .build().writeTo(dir.resolve("report.html"));
 * }</pre>
 *
 * <p>Instances are immutable; {@link #html()} renders on each call and is thread-safe when the
 * inputs are (analysis reports and tracked requests are).
 */
public final class HtmlReport {
  /** Days after which a SENT request without an answer counts as overdue, unless told otherwise. */
  public static final Duration DEFAULT_OVERDUE = Duration.ofDays(7);

  final ResumptionReport report;
  final ChainHealth chains;
  final Map<String, Object> summary;
  final Optional<WhatIf> whatIf;
  final int whatIfChanged;
  final Optional<List<TrackedRequest>> outreach;
  final Instant now;
  final Duration overdueAfter;
  final int keyChainsDrawn;
  final int rowsListed;
  final String subtitle;

  private HtmlReport(Builder b) {
    report = b.report;
    chains = b.chains != null ? b.chains : ChainHealth.of(b.report);
    summary = ImmutableMap.copyOf(b.summary);
    whatIf = Optional.ofNullable(b.whatIf);
    whatIfChanged = b.whatIfChanged;
    outreach = Optional.ofNullable(b.outreach);
    now = b.now;
    overdueAfter = b.overdueAfter;
    keyChainsDrawn = b.keyChainsDrawn;
    rowsListed = b.rowsListed;
    subtitle = b.subtitle;
  }

  /** Starts a report on {@code report}'s analysis. */
  public static Builder builder(ResumptionReport report) {
    return new Builder(checkNotNull(report, "report"));
  }

  /** The page. */
  public String html() {
    return new ReportPage(this).render();
  }

  /** Writes the page to {@code file} atomically (a temporary file, then moved into place). */
  public void writeTo(Path file) throws IOException {
    checkNotNull(file, "file");
    AtomicFiles.writeString(file, html());
  }

  /** Options of a {@link HtmlReport}; not thread-safe. */
  public static final class Builder {
    private final ResumptionReport report;
    private ChainHealth chains;
    private final Map<String, Object> summary = new LinkedHashMap<>();
    private WhatIf whatIf;
    private int whatIfChanged;
    private List<TrackedRequest> outreach;
    private Instant now = Instant.now();
    private Duration overdueAfter = DEFAULT_OVERDUE;
    private int keyChainsDrawn = 6;
    private int rowsListed = 30;
    private String subtitle = "";

    private Builder(ResumptionReport report) {
      this.report = report;
    }

    /**
     * Counts of the run ({@code summary.json}'s top-level numbers, e.g. {@code demands}, {@code
     * matched}, {@code in_city}, {@code out_of_city}, {@code letters}) shown in the overview beside
     * the analysis' own; non-numeric values are ignored.
     */
    public Builder summary(Map<String, ?> counts) {
      checkNotNull(counts, "counts");
      counts.forEach((k, v) -> {
        if (v instanceof Number) {
          summary.put(k, v);
        }
      });
      return this;
    }

    /** Chain figures to use instead of {@code ChainHealth.of(report)} (e.g. other tiers). */
    public Builder chains(ChainHealth value) {
      this.chains = checkNotNull(value, "chains");
      return this;
    }

    /** Adds the what-if section: {@code effect} of changing {@code changedEnterprises} statuses. */
    public Builder whatIf(WhatIf effect, int changedEnterprises) {
      this.whatIf = checkNotNull(effect, "effect");
      checkArgument(changedEnterprises >= 0, "changedEnterprises must be >= 0 but was %s", changedEnterprises);
      this.whatIfChanged = changedEnterprises;
      return this;
    }

    /**
     * Adds the outreach section: the tracked requests, their states and which are overdue as of
     * {@code asOf} (SENT without an answer for at least {@code overdueAfter}).
     */
    public Builder outreach(Collection<TrackedRequest> requests, Instant asOf, Duration overdueAfter) {
      checkNotNull(requests, "requests");
      checkNotNull(asOf, "asOf");
      checkNotNull(overdueAfter, "overdueAfter");
      checkArgument(!overdueAfter.isNegative(), "overdueAfter must not be negative but was %s", overdueAfter);
      this.outreach = ImmutableList.copyOf(requests);
      this.now = asOf;
      this.overdueAfter = overdueAfter;
      return this;
    }

    /** How many key enterprises' chains are drawn as graphs (default 6); 0..50. */
    public Builder keyChainsDrawn(int n) {
      checkArgument(n >= 0 && n <= 50, "keyChainsDrawn must be 0..50 but was %s", n);
      this.keyChainsDrawn = n;
      return this;
    }

    /** How many rows long lists show before "另有 N …" (default 30); 1..1000. */
    public Builder rowsListed(int n) {
      checkArgument(n >= 1 && n <= 1000, "rowsListed must be 1..1000 but was %s", n);
      this.rowsListed = n;
      return this;
    }

    /** A line under the title, e.g. the data's date and source. */
    public Builder subtitle(String text) {
      this.subtitle = checkNotNull(text, "text");
      return this;
    }

    /** The report with these options; the builder may be reused. */
    public HtmlReport build() {
      return new HtmlReport(this);
    }
  }
}
