package org.chainmatch.core.io;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What a loader did with one file.
 *
 * @param file the file name
 * @param rowsRead data rows read (blank lines not counted)
 * @param rowsAccepted rows turned into values and passed on
 * @param rejections rows skipped in lenient mode, with reasons (at most the options' limit)
 * @param rejectedRows how many rows were rejected in all
 * @param warnings things accepted but worth telling (unknown columns, irregular codes)
 */
public record LoadReport(
    String file,
    long rowsRead,
    long rowsAccepted,
    List<InputProblem> rejections,
    long rejectedRows,
    List<InputProblem> warnings) {

  /** Copies the lists. */
  public LoadReport {
    rejections = ImmutableList.copyOf(rejections);
    warnings = ImmutableList.copyOf(warnings);
  }
}
