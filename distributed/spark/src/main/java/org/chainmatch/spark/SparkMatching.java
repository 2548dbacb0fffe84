package org.chainmatch.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.chainmatch.core.RegionCode;
import org.chainmatch.index.ProductAnalysis;
import org.chainmatch.matching.DemandText;
import org.chainmatch.matching.MatchOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batch matching as a Spark job that gives the single-machine engine's answers: each demand's
 * matches are those {@code ChainMatch.matchAll} gives for it (same suppliers, order, scores and
 * reasons), given an engine that indexed the enterprises in input order.
 *
 * <h2>How</h2>
 *
 * <ol>
 *   <li><b>Understanding</b>: each demand's text is read as the matcher reads it ({@link
 *       DemandText}), giving the query text {@code u}.
 *   <li><b>Blocking</b> by what can match {@code u}: the product names the index would turn
 *       {@code u} into (found with the library's own index over one document per distinct name,
 *       so the catalogue's 32-name cut is the global one), the enterprises holding them, and every
 *       enterprise whose business scope or name holds at least half of {@code u}'s bigrams (the
 *       index's evidence rule). No other enterprise can be a candidate for {@code u}.
 *   <li><b>Planning</b>: blocks are packed (queries sharing a product name side by side) into tasks of about {@link Builder#blockEnterprises}
 *       enterprises; a query asked by many demands is <em>salted</em>: its demands are split
 *       into groups of at most {@link Builder#demandsPerBlock}, each group with the whole block.
 *   <li><b>Neighbourhoods</b>: per task, the relations scoring reads: every relation of a
 *       requester or a candidate, the relations of their partners in the requesters' products,
 *       and the first 64 makers of each query product with their relations in it.
 *   <li><b>Matching</b> inside the task: the library's in-memory {@code LuceneCapabilityIndex}
 *       over the task's candidates, a {@code SupplyGraph} of the neighbourhoods, and the
 *       library's {@code SupplierMatcher}, demand by demand.
 * </ol>
 *
 * Every demand is matched in exactly one task that holds all of its possible candidates, so
 * there is no merge of partial rankings (see the module README for why a merge across blocks
 * would not equal the single-machine result).
 *
 * <p>Immutable; {@link #match} may be called several times.
 */
public final class SparkMatching {
  private static final Logger LOG = LoggerFactory.getLogger(SparkMatching.class);

  /**
   * Columns of the match table: the demand's input position ({@code demand_ord}), then the
   * columns of the contract's matches.csv (v1.1) in its order, with the score unrounded.
   */
  public static final StructType MATCH = new StructType()
      .add("demand_ord", DataTypes.LongType, false)
      .add("demand_id", DataTypes.StringType, false)
      .add("rank", DataTypes.IntegerType, false)
      .add("supplier", DataTypes.StringType, false)
      .add("supplier_name", DataTypes.StringType, false)
      .add("supplier_region", DataTypes.StringType, false)
      .add("in_city", DataTypes.BooleanType, false)
      .add("score", DataTypes.DoubleType, false)
      .add("status", DataTypes.StringType, false)
      .add("reasons", DataTypes.StringType, false)
      .add("understood", DataTypes.StringType, false)
      .add("matched_product", DataTypes.StringType, false);

  static final StructType NAME_HIT = new StructType()
      .add("u", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, false);

  static final StructType BIGRAM = new StructType()
      .add("u", DataTypes.StringType, false)
      .add("bigram", DataTypes.StringType, false)
      .add("need", DataTypes.IntegerType, false);

  static final StructType FIELD_BIGRAM = new StructType()
      .add("ord", DataTypes.LongType, false)
      .add("field", DataTypes.IntegerType, false)
      .add("bigram", DataTypes.StringType, false);

  static final StructType PLAN = new StructType()
      .add("u", DataTypes.StringType, false)
      .add("salts", DataTypes.IntegerType, false)
      .add("salt", DataTypes.IntegerType, false)
      .add("block", DataTypes.IntegerType, false);

  private final MatchSettings settings;
  private final int blockEnterprises;
  private final int demandsPerBlock;
  private final int partitions;

  private SparkMatching(Builder b) {
    this.settings = new MatchSettings(b.homeCity.code(), b.options, b.analysis);
    this.blockEnterprises = b.blockEnterprises;
    this.demandsPerBlock = b.demandsPerBlock;
    this.partitions = b.partitions;
  }

  /** A builder for matching on behalf of {@code homeCity} (as {@code ChainMatch.Builder#homeCity}). */
  public static Builder builder(RegionCode homeCity) {
    return new Builder(homeCity);
  }

  /**
   * The matches of every demand of {@code input}, one row per match ({@link #MATCH}); a demand
   * without matches has no row. Lazy: nothing runs until the result is used.
   */
  public Dataset<Row> match(CityInput input) {
    checkNotNull(input, "input");
    SparkSession spark = input.enterprises().sparkSession();
    Dataset<Row> ent = input.enterprises();
    Dataset<Row> rel = input.relations();
    Dataset<Row> codes = ent.select(col("ord").as("code_ord"), col("uscc").as("code"));

    boolean understand = settings.understandDemands();
    UDF1<String, String> read = p -> understand ? DemandText.parse(p).product() : p.strip();
    Column understood = udf(read, DataTypes.StringType).apply(col("product"));
    Dataset<Row> demands = input.demands()
        .withColumn("u", understood)
        .join(codes, col("requester").equalTo(col("code")))
        .withColumnRenamed("code_ord", "r_ord")
        .drop("code")
        .cache();
    Dataset<Row> queries = demands.select("u").distinct().cache();

    // Product names: the library's index over one document per distinct name answers which names
    // a query text is turned into.
    Dataset<Row> held = ent.select(col("ord"), explode(col("products")).as("name"));
    List<String> names = held.select("name").distinct().as(Encoders.STRING()).collectAsList();
    Broadcast<List<String>> allNames =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new ArrayList<>(names));
    Dataset<Row> nameHits = queries.mapPartitions(
        new NameFinder(allNames, settings), Encoders.row(NAME_HIT));
    Dataset<Row> holders = nameHits.join(held, "name").select("u", "ord");

    // Scope and name evidence: at least half of the query's bigrams in one field.
    // Only bigrams some query holds are shuffled: the set is small (a few per distinct query) and
    // filters the scopes' hundreds of bigrams per enterprise before they leave the map side.
    Dataset<Row> queryBigrams = queries.flatMap(new QueryBigrams(), Encoders.row(BIGRAM)).cache();
    Broadcast<java.util.Set<String>> queryTerms = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new java.util.HashSet<>(queryBigrams.select("bigram").distinct().as(Encoders.STRING()).collectAsList()));
    Dataset<Row> fieldBigrams = ent.select("ord", "name", "scope")
        .flatMap(new FieldBigrams(queryTerms), Encoders.row(FIELD_BIGRAM));
    Dataset<Row> evidence = queryBigrams.join(fieldBigrams, "bigram")
        .groupBy("u", "ord", "field", "need").agg(count(lit(1)).as("held"))
        .filter(col("held").geq(col("need")))
        .select("u", "ord");
    Dataset<Row> candidates = holders.union(evidence).distinct().cache();

    // Planning on the driver: one row per distinct query, small next to the data.
    Dataset<Row> sizes = candidates.groupBy("u").agg(count(lit(1)).as("size"));
    Dataset<Row> asked = demands.groupBy("u").agg(count(lit(1)).as("demands"));
    // A query's first product name in string order: queries that share it (口罩, 医用口罩) share
    // most candidates, and packing them side by side lets one block index serve them all.
    Dataset<Row> keys = nameHits.groupBy("u").agg(org.apache.spark.sql.functions.min("name").as("key"));
    List<Row> units = asked.join(sizes, "u").join(keys, new String[] {"u"}, "left").collectAsList();
    List<Row> planned = plan(units);
    Dataset<Row> plan = broadcast(spark.createDataFrame(planned, PLAN));
    if (LOG.isInfoEnabled()) {
      long rows = 0;
      long largest = 0;
      for (Row q : units) {
        long size = q.getLong(q.fieldIndex("size"));
        long salts = Math.max(1, (q.getLong(q.fieldIndex("demands")) + demandsPerBlock - 1) / demandsPerBlock);
        rows += size * salts;
        largest = Math.max(largest, size);
      }
      int blocks = planned.isEmpty() ? 0 : planned.get(planned.size() - 1).getInt(3) + 1;
      LOG.info("matching plan: {} distinct queries, {} blocks, {} candidate rows (query x salt x candidate), "
          + "largest query {} candidates", units.size(), blocks, rows, largest);
    }

    Dataset<Row> demandBlocks = demands
        .join(plan, "u")
        .filter(pmod(hash(col("id")), col("salts")).equalTo(col("salt")))
        .cache();
    Dataset<Row> indexed = candidates.join(plan, "u").select("block", "ord").distinct();
    Dataset<Row> requesters = demandBlocks.select(col("block"), col("r_ord").as("ord"));
    Dataset<Row> members = indexed.union(requesters).distinct();

    Dataset<Row> rels = rel
        .join(codes.withColumnRenamed("code_ord", "s_ord"), col("supplier").equalTo(col("code"))).drop("code")
        .join(codes.withColumnRenamed("code_ord", "c_ord"), col("customer").equalTo(col("code"))).drop("code")
        .select(col("ord").as("rord"), col("s_ord"), col("c_ord"), col("product"))
        .cache();
    // Every relation of a requester or a candidate.
    Dataset<Row> near = members.join(rels, col("ord").equalTo(col("s_ord")))
        .select("block", "rord", "s_ord", "c_ord")
        .union(members.join(rels, col("ord").equalTo(col("c_ord"))).select("block", "rord", "s_ord", "c_ord"))
        .distinct();
    Dataset<Row> partners = near.select(col("block"), col("s_ord").as("ord"))
        .union(near.select(col("block"), col("c_ord").as("ord"))).distinct();
    // Partners' relations in the requesters' own products: whether a partner makes them.
    Dataset<Row> requesterProducts = requesters.join(held, "ord").select("block", "name").distinct();
    Dataset<Row> partnersMaking = partners.join(rels, col("ord").equalTo(col("s_ord")))
        .join(requesterProducts.withColumnRenamed("name", "product"), new String[] {"block", "product"})
        .select("block", "rord", "s_ord", "c_ord");
    // The first 64 makers of each query product, in input order, with their relations in it.
    Dataset<Row> makers = held.select(col("name").as("product"), col("ord"))
        .union(rels.select(col("product"), col("s_ord").as("ord")))
        .distinct()
        .withColumn("n", row_number().over(Window.partitionBy("product").orderBy("ord")))
        .filter(col("n").leq(64))
        .drop("n");
    UDF1<String, String> strip = String::strip;
    Dataset<Row> wanted = demandBlocks
        .select(col("block"), udf(strip, DataTypes.StringType).apply(col("u")).as("product"))
        .distinct();
    Dataset<Row> firstMakers = wanted.join(makers, "product").cache();
    Dataset<Row> makerRelations = firstMakers
        .select(col("block"), col("product").as("m_product"), col("ord").as("m_ord"))
        .join(rels, col("m_ord").equalTo(col("s_ord")).and(col("m_product").equalTo(col("product"))))
        .select("block", "rord", "s_ord", "c_ord");
    Dataset<Row> edges = near.union(partnersMaking).union(makerRelations);
    Dataset<Row> nodes = members
        .union(partners)
        .union(edges.select(col("block"), col("c_ord").as("ord")))
        .union(firstMakers.select("block", "ord"))
        .distinct();
    Dataset<Row> edgeIds = edges.select("block", "rord").distinct();

    Dataset<Row> nodeRows = nodes
        .join(indexed.withColumn("indexed", lit(true)), new String[] {"block", "ord"}, "left")
        .join(ent, "ord")
        .select(col("block"), lit(0).as("kind"), col("ord"), col("indexed").isNotNull().as("indexed"),
            struct(columns(CityRows.ENTERPRISE, null)).as("e"),
            lit(null).cast(CityRows.RELATION).as("r"),
            lit(null).cast(DEMAND_TEXT).as("d"));
    Dataset<Row> relationRows = edgeIds
        .join(rel.withColumnRenamed("ord", "rord"), "rord")
        .withColumnRenamed("rord", "ord")
        .select(col("block"), lit(1).as("kind"), col("ord"), lit(false).as("indexed"),
            lit(null).cast(CityRows.ENTERPRISE).as("e"),
            struct(columns(CityRows.RELATION, null)).as("r"),
            lit(null).cast(DEMAND_TEXT).as("d"));
    Dataset<Row> demandRows = demandBlocks
        .select(col("block"), lit(2).as("kind"), col("ord"), lit(false).as("indexed"),
            lit(null).cast(CityRows.ENTERPRISE).as("e"),
            lit(null).cast(CityRows.RELATION).as("r"),
            struct(columns(DEMAND_TEXT, null)).as("d"));
    int tasks = partitions > 0 ? partitions : Math.max(1, blocks(plan));
    return nodeRows.union(relationRows).union(demandRows)
        .repartition(tasks, col("block"))
        .sortWithinPartitions("block", "kind", "ord")
        .mapPartitions(new BlockMatcher(settings), Encoders.row(MATCH));
  }

  /** A demand row with its query text. */
  static final StructType DEMAND_TEXT = CityRows.DEMAND.add("u", DataTypes.StringType, false);

  private static Column[] columns(StructType schema, String prefix) {
    String[] names = schema.fieldNames();
    Column[] out = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = col(prefix == null ? names[i] : prefix + names[i]);
    }
    return out;
  }

  private static int blocks(Dataset<Row> plan) {
    return plan.agg(org.apache.spark.sql.functions.max("block")).first().getInt(0) + 1;
  }

  /**
   * Packs queries into blocks: a query asked by more than {@code demandsPerBlock} demands gets
   * several salts, each with a share of its demands and all of its candidates; salts are packed in
   * order of their first product name (so that queries sharing candidates share a block) into
   * blocks of about {@code blockEnterprises} candidates (counted per query, so a block's index,
   * which holds each enterprise once, is at most that large).
   */
  List<Row> plan(List<Row> queries) {
    record Unit(String key, String u, int salts, int salt, long size) {}
    List<Unit> units = new ArrayList<>();
    for (Row q : queries) {
      long demands = q.getLong(q.fieldIndex("demands"));
      long size = q.getLong(q.fieldIndex("size"));
      int salts = (int) Math.max(1, (demands + demandsPerBlock - 1) / demandsPerBlock);
      for (int salt = 0; salt < salts; salt++) {
        int k = q.fieldIndex("key");
        units.add(new Unit(q.isNullAt(k) ? "" : q.getString(k), q.getString(q.fieldIndex("u")), salts, salt, size));
      }
    }
    units.sort(Comparator.comparing(Unit::key).thenComparing(Unit::u).thenComparingInt(Unit::salt));
    List<Row> out = new ArrayList<>(units.size());
    int block = 0;
    long load = 0;
    for (Unit unit : units) {
      if (load > 0 && load + unit.size() > blockEnterprises) {
        block++;
        load = 0;
      }
      load += unit.size();
      out.add(RowFactory.create(unit.u(), unit.salts(), unit.salt(), block));
    }
    return out;
  }

  /** Builds {@link SparkMatching}; not thread-safe. */
  public static final class Builder {
    private final RegionCode homeCity;
    private MatchOptions options = MatchOptions.defaults();
    private ProductAnalysis analysis = ProductAnalysis.WORDS_BIGRAMS_AND_UNIGRAMS;
    private int blockEnterprises = 200_000;
    private int demandsPerBlock = 2_000;
    private int partitions;

    private Builder(RegionCode homeCity) {
      this.homeCity = checkNotNull(homeCity, "homeCity");
    }

    /** The match options (the home city is set from the builder); default {@link MatchOptions#defaults()}. */
    public Builder options(MatchOptions value) {
      this.options = checkNotNull(value, "options");
      return this;
    }

    /** The index's product analysis; default the index's default. */
    public Builder analysis(ProductAnalysis value) {
      this.analysis = checkNotNull(value, "analysis");
      return this;
    }

    /**
     * About how many candidate enterprises one task indexes (a single query with more gets a task
     * of its own); default 200,000, some 400 MB of index and graph.
     */
    public Builder blockEnterprises(int count) {
      checkArgument(count >= 1, "blockEnterprises must be >= 1 but was %s", count);
      this.blockEnterprises = count;
      return this;
    }

    /** Most demands of one query in one task before the query is salted; default 2,000. */
    public Builder demandsPerBlock(int count) {
      checkArgument(count >= 1, "demandsPerBlock must be >= 1 but was %s", count);
      this.demandsPerBlock = count;
      return this;
    }

    /** Tasks of the matching stage; default 0, one per block. */
    public Builder partitions(int count) {
      checkArgument(count >= 0, "partitions must be >= 0 but was %s", count);
      this.partitions = count;
      return this;
    }

    public SparkMatching build() {
      return new SparkMatching(this);
    }
  }
}
