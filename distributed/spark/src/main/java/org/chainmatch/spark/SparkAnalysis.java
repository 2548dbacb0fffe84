package org.chainmatch.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.analysis.AnalysisOptions;

/**
 * The resumption analysis as a Spark job, with the single-machine {@code ResumptionAnalysis}'s
 * answers for blocked inputs, breakpoints, stalled suppliers and the cascade.
 *
 * <ol>
 *   <li>Enterprises are hashed into parts. Each part's task runs the library's analysis on the
 *       part's enterprises with all their relations in and out and their partners ({@code
 *       PartAnalyser}): an enterprise's blocked inputs, breakpoints, stalled outputs and whether
 *       it can produce depend on nothing else.
 *   <li>Breakpoints get the city-wide counts of working makers of the product, in and outside the
 *       home city, and their sourcing, from an aggregate over all makers.
 *   <li>The cascade is a breadth-first search over the relations in {@code maxCascadeTiers}
 *       DataFrame steps from the enterprises that cannot produce; each enterprise at risk keeps its
 *       lowest tier and, as {@code via}, the supplier of the tier before with the smallest code.
 * </ol>
 *
 * Priorities and what-if are not part of the job. Immutable.
 */
public final class SparkAnalysis {

  /** The job's tables, lazy Spark plans, each in the order the single-machine report lists them. */
  public record Result(Dataset<Row> blocked, Dataset<Row> breakpoints, Dataset<Row> stalled, Dataset<Row> atRisk) {}

  static final StructType FINDING = new StructType()
      .add("kind", DataTypes.IntegerType, false)
      .add("enterprise", DataTypes.StringType, false)
      .add("product", DataTypes.StringType, false)
      .add("coverage", DataTypes.DoubleType, false)
      .add("ordinal", DataTypes.IntegerType, false)
      .add("others", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private final RegionCode homeCity;
  private final AnalysisOptions options;
  private final int parts;

  private SparkAnalysis(RegionCode homeCity, AnalysisOptions options, int parts) {
    this.homeCity = homeCity;
    this.options = options;
    this.parts = parts;
  }

  /**
   * An analysis on behalf of {@code homeCity} (a prefecture-level city or a municipality) with
   * {@code options}, the city cut into {@code parts} parts (one task each).
   */
  public static SparkAnalysis of(RegionCode homeCity, AnalysisOptions options, int parts) {
    checkNotNull(homeCity, "homeCity");
    checkNotNull(options, "options");
    checkArgument(parts >= 1, "parts must be >= 1 but was %s", parts);
    return new SparkAnalysis(RegionTable.bundled().resolveCity(homeCity.code()), options, parts);
  }

  /**
   * Analyses {@code input}'s statuses.
   *
   * <p>Tables: {@code blocked} (enterprise, product, coverage, blocking_suppliers), {@code
   * breakpoints} (enterprise, product, ordinal, stopped_suppliers, sourcing,
   * working_makers_in_city, working_makers_out_of_city), {@code stalled} (supplier, product,
   * customers), {@code atRisk} (enterprise, tier, via).
   */
  public Result analyze(CityInput input) {
    checkNotNull(input, "input");
    Dataset<Row> ent = input.enterprises();
    Dataset<Row> codes = ent.select(col("ord").as("code_ord"), col("uscc").as("code"));
    Dataset<Row> rels = input.relations()
        .join(codes.withColumnRenamed("code_ord", "s_ord"), col("supplier").equalTo(col("code"))).drop("code")
        .join(codes.withColumnRenamed("code_ord", "c_ord"), col("customer").equalTo(col("code"))).drop("code")
        .cache();

    Dataset<Row> own = ent.select(pmod(hash(col("uscc")), lit(parts)).as("part"), col("ord"));
    Dataset<Row> in = own.join(rels, own.col("ord").equalTo(rels.col("c_ord")))
        .select(own.col("part"), rels.col("ord").as("rord"), col("s_ord"), col("c_ord"));
    Dataset<Row> outEdges = own.join(rels, own.col("ord").equalTo(rels.col("s_ord")))
        .select(own.col("part"), rels.col("ord").as("rord"), col("s_ord"), col("c_ord"));
    Dataset<Row> edges = in.union(outEdges).distinct();
    Dataset<Row> nodes = own.withColumn("own", lit(true))
        .union(edges.select(col("part"), col("s_ord").as("ord"), lit(false).as("own")))
        .union(edges.select(col("part"), col("c_ord").as("ord"), lit(false).as("own")))
        .groupBy("part", "ord").agg(org.apache.spark.sql.functions.max("own").as("own"));

    // A neighbour only lends its status (and code and region) to its partners' analysis, so it
    // travels without its texts: a placeholder name and product instead.
    Column[] slim = columns(CityRows.ENTERPRISE);
    slim[3] = when(col("own"), col("name")).otherwise(lit("-")).as("name");
    slim[6] = when(col("own"), col("products")).otherwise(array(lit("-"))).as("products");
    slim[7] = when(col("own"), col("scope")).otherwise(lit("")).as("scope");
    Dataset<Row> nodeRows = nodes.join(ent, "ord")
        .select(col("part"), lit(0).as("kind"), col("ord"), col("own"),
            struct(slim).as("e"), lit(null).cast(CityRows.RELATION).as("r"));
    Dataset<Row> relationRows = edges.select("part", "rord")
        .join(input.relations().withColumnRenamed("ord", "rord"), "rord")
        .withColumnRenamed("rord", "ord")
        .select(col("part"), lit(1).as("kind"), col("ord"), lit(false).as("own"),
            lit(null).cast(CityRows.ENTERPRISE).as("e"), struct(columns(CityRows.RELATION)).as("r"));
    Dataset<Row> findings = nodeRows.union(relationRows)
        .repartition(parts, col("part"))
        .sortWithinPartitions("part", "kind", "ord")
        .mapPartitions(new PartAnalyser(homeCity.code(), options), Encoders.row(FINDING))
        .cache();

    Dataset<Row> blocked = findings.filter(col("kind").equalTo(PartAnalyser.BLOCKED))
        .select(col("enterprise"), col("product"), col("coverage"), col("others").as("blocking_suppliers"))
        .orderBy("enterprise", "product");
    Dataset<Row> stalled = findings.filter(col("kind").equalTo(PartAnalyser.STALLED))
        .select(col("enterprise").as("supplier"), col("product"), col("others").as("customers"))
        .orderBy("supplier", "product");

    // City-wide working makers per product, for the breakpoints' sourcing.
    String home = homeCity.code();
    UDF2<String, Integer, Boolean> works = (state, capacity) ->
        OperatingStatus.of(OperatingState.valueOf(state), capacity).isWorking();
    UDF1<String, Boolean> inCity = region -> RegionTable.bundled().resolve(region).city().code().equals(home);
    Dataset<Row> flags = ent.select(
        col("ord"), col("uscc"),
        udf(works, DataTypes.BooleanType).apply(col("state"), col("capacity")).as("working"),
        udf(inCity, DataTypes.BooleanType).apply(col("region")).as("in_city"));
    Dataset<Row> makers = ent.select(col("ord"), org.apache.spark.sql.functions.explode(col("products")).as("product"))
        .union(rels.select(col("s_ord").as("ord"), col("product")))
        .distinct()
        .join(flags, "ord")
        .cache();
    Dataset<Row> counts = makers.filter(col("working"))
        .groupBy("product")
        .agg(sum(when(col("in_city"), 1).otherwise(0)).as("in_all"),
            sum(when(col("in_city"), 0).otherwise(1)).as("out_all"));
    Dataset<Row> self = makers.filter(col("working"))
        .select(col("uscc").as("enterprise"), col("product"), col("in_city").as("self_in"));
    Dataset<Row> breakpoints = findings.filter(col("kind").equalTo(PartAnalyser.BREAKPOINT))
        .join(counts, new String[] {"product"}, "left")
        .join(self, new String[] {"enterprise", "product"}, "left")
        .select(col("enterprise"), col("product"), col("ordinal"), col("others").as("stopped_suppliers"),
            minusSelf(col("in_all"), col("self_in").equalTo(true)).as("working_makers_in_city"),
            minusSelf(col("out_all"), col("self_in").equalTo(false)).as("working_makers_out_of_city"));
    breakpoints = breakpoints.select(col("enterprise"), col("product"), col("ordinal"), col("stopped_suppliers"),
            when(col("working_makers_in_city").gt(0).and(col("working_makers_out_of_city").gt(0)), "MIXED")
                .when(col("working_makers_in_city").gt(0), "IN_CITY_ONLY")
                .when(col("working_makers_out_of_city").gt(0), "OUT_OF_CITY_ONLY")
                .otherwise("NONE_KNOWN").as("sourcing"),
            col("working_makers_in_city"), col("working_makers_out_of_city"))
        .orderBy("enterprise", "product");

    // The cascade, breadth first from the enterprises that cannot produce.
    Dataset<Row> tiers = findings.filter(col("kind").equalTo(PartAnalyser.CANNOT_PRODUCE))
        .join(codes, col("enterprise").equalTo(col("code")))
        .select(col("code_ord").as("ord"), lit(0).as("tier"))
        .localCheckpoint();
    Dataset<Row> frontier = tiers.select("ord");
    Dataset<Row> links = rels.select("s_ord", "c_ord").distinct().cache();
    for (int t = 1; t <= options.maxCascadeTiers(); t++) {
      Dataset<Row> next = frontier.join(links, col("ord").equalTo(col("s_ord")))
          .select(col("c_ord").as("ord")).distinct()
          .join(tiers, new String[] {"ord"}, "left_anti")
          .localCheckpoint();
      tiers = tiers.union(next.withColumn("tier", lit(t))).localCheckpoint();
      frontier = next;
    }
    Dataset<Row> atRisk = tiers.filter(col("tier").geq(1));
    Dataset<Row> supplierTiers = tiers.select(col("ord").as("s_ord"), col("tier").as("s_tier"));
    Dataset<Row> via = atRisk.join(links, col("ord").equalTo(col("c_ord")))
        .join(supplierTiers, "s_ord")
        .filter(col("s_tier").equalTo(col("tier").minus(1)))
        .join(codes, col("s_ord").equalTo(col("code_ord")))
        .groupBy("ord", "tier").agg(min("code").as("via"));
    Dataset<Row> cascade = via.join(codes, col("ord").equalTo(col("code_ord")))
        .select(col("code").as("enterprise"), col("tier"), col("via"))
        .orderBy("tier", "enterprise");
    return new Result(blocked, breakpoints, stalled, cascade);
  }

  private static Column minusSelf(Column all, Column self) {
    return org.apache.spark.sql.functions.coalesce(all, lit(0L))
        .minus(when(self, 1).otherwise(0));
  }

  private static Column[] columns(StructType schema) {
    String[] names = schema.fieldNames();
    Column[] out = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = col(names[i]);
    }
    return out;
  }
}
