/**
 * The resumption analysis: {@link org.chainmatch.core.analysis.ResumptionAnalysis} prepares a
 * graph's topology once (linear in relations) and analyses statuses into a {@link
 * org.chainmatch.core.analysis.ResumptionReport}: who is {@link
 * org.chainmatch.core.analysis.Blocked}, which inputs are {@link
 * org.chainmatch.core.analysis.Breakpoint}s, which suppliers are {@link
 * org.chainmatch.core.analysis.Stalled}, who is {@link org.chainmatch.core.analysis.AtRisk} down the
 * cascade, which resumptions to help first ({@link org.chainmatch.core.analysis.Priority}), and the
 * incremental {@link org.chainmatch.core.analysis.WhatIf}. Definitions and figures are in {@code
 * core/ANALYSIS.md}. Reports are immutable and thread-safe. {@code AnalysisTables} (the CSV
 * files of the CLI) is {@link org.chainmatch.core.Internal}.
 */
package org.chainmatch.core.analysis;
