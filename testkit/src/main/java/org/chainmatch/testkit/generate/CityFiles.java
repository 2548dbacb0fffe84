package org.chainmatch.testkit.generate;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;

/**
 * The contract CSV files of a synthetic city, as {@link CityGenerator#writeTo} leaves them, and
 * how many rows each holds.
 *
 * @param enterprises {@code enterprises.csv}
 * @param relations {@code relations.csv}
 * @param demands {@code demands.csv}
 * @param enterpriseCount rows of {@code enterprises.csv}
 * @param relationCount rows of {@code relations.csv}
 * @param demandCount rows of {@code demands.csv}
 */
public record CityFiles(
    Path enterprises,
    Path relations,
    Path demands,
    long enterpriseCount,
    long relationCount,
    long demandCount) {

  /** The name of the enterprises file in the output folder. */
  public static final String ENTERPRISES = "enterprises.csv";

  /** The name of the relations file in the output folder. */
  public static final String RELATIONS = "relations.csv";

  /** The name of the demands file in the output folder. */
  public static final String DEMANDS = "demands.csv";

  /** Checks the components. */
  public CityFiles {
    checkNotNull(enterprises, "enterprises");
    checkNotNull(relations, "relations");
    checkNotNull(demands, "demands");
  }
}
