package org.chainmatch.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark rows the jobs carry the library's values in, and the conversions both ways.
 *
 * <p>Every row has an {@code ord}: the value's position in the input (file order, then row
 * order). The single-machine engine gives enterprises graph ids and index documents in input
 * order, and both break ties by them, so the jobs carry the order to break ties the same way.
 * Products and relation products are also kept {@linkplain String#strip() stripped}, as the
 * {@link org.chainmatch.core.graph.SupplyGraph} compares them, so that joins on them agree with it.
 */
final class CityRows {
  private CityRows() {}

  static final StructType ENTERPRISE = new StructType()
      .add("ord", DataTypes.LongType, false)
      .add("uscc", DataTypes.StringType, false)
      .add("irregular", DataTypes.BooleanType, false)
      .add("name", DataTypes.StringType, false)
      .add("region", DataTypes.StringType, false)
      .add("industries", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("products", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("scope", DataTypes.StringType, false)
      .add("state", DataTypes.StringType, false)
      .add("capacity", DataTypes.IntegerType, false)
      .add("key", DataTypes.BooleanType, false);

  static final StructType RELATION = new StructType()
      .add("ord", DataTypes.LongType, false)
      .add("supplier", DataTypes.StringType, false)
      .add("customer", DataTypes.StringType, false)
      .add("product", DataTypes.StringType, false)
      .add("share", DataTypes.DoubleType, false);

  static final StructType DEMAND = new StructType()
      .add("ord", DataTypes.LongType, false)
      .add("id", DataTypes.StringType, false)
      .add("requester", DataTypes.StringType, false)
      .add("product", DataTypes.StringType, false)
      .add("quantity", DataTypes.DoubleType, true)
      .add("unit", DataTypes.StringType, false)
      .add("needed_by", DataTypes.StringType, true)
      .add("note", DataTypes.StringType, false);

  static Row row(long ord, Enterprise e) {
    List<String> industries = new ArrayList<>(e.industries().size());
    e.industries().forEach(i -> industries.add(i.code()));
    List<String> products = new ArrayList<>(e.products().size());
    e.products().forEach(p -> products.add(p.strip()));
    return RowFactory.create(
        ord, e.uscc().value(), e.uscc().irregular(), e.name(), e.region().code(), seq(industries),
        seq(products), e.scope(), e.status().state().name(), e.status().capacity(), e.key());
  }

  static Enterprise enterprise(Row r) {
    List<IndustryCode> industries = new ArrayList<>();
    for (String code : r.<String>getList(5)) {
      industries.add(IndustryCode.parse(code));
    }
    return new Enterprise(
        new Uscc(r.getString(1), r.getBoolean(2)),
        r.getString(3),
        RegionTable.bundled().resolve(r.getString(4)),
        industries,
        r.<String>getList(6),
        r.getString(7),
        OperatingStatus.of(OperatingState.valueOf(r.getString(8)), r.getInt(9)),
        r.getBoolean(10));
  }

  static Row row(long ord, SupplyRelation s) {
    return RowFactory.create(ord, s.supplier().value(), s.customer().value(), s.product().strip(), s.share());
  }

  static SupplyRelation relation(Row r, java.util.function.Function<String, Uscc> codes) {
    return new SupplyRelation(codes.apply(r.getString(1)), codes.apply(r.getString(2)), r.getString(3), r.getDouble(4));
  }

  static Row row(long ord, Demand d) {
    return RowFactory.create(
        ord, d.id(), d.requester().value(), d.product(),
        d.quantity().isPresent() ? d.quantity().getAsDouble() : null, d.unit(),
        d.neededBy().map(LocalDate::toString).orElse(null), d.note());
  }

  static Demand demand(Row r, Uscc requester) {
    return new Demand(
        r.getString(1),
        requester,
        r.getString(3),
        r.isNullAt(4) ? OptionalDouble.empty() : OptionalDouble.of(r.getDouble(4)),
        r.getString(5),
        r.isNullAt(6) ? Optional.empty() : Optional.of(LocalDate.parse(r.getString(6))),
        r.getString(7));
  }

  static <T> Seq<T> seq(List<T> values) {
    return CollectionConverters.asScala(values).toSeq();
  }
}
