package org.chainmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmatch.core.io.Rows.csv;
import static org.chainmatch.core.io.Rows.uscc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.Demand;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;

class RelationAndDemandCsvTest {
  static final String A = uscc("320505", 1);
  static final String B = uscc("320506", 2);
  static final String STRANGER = uscc("320507", 3);
  final Map<String, Uscc> known = Map.of(A, Uscc.parse(A), B, Uscc.parse(B));
  final List<SupplyRelation> relations = new ArrayList<>();
  final List<Demand> demands = new ArrayList<>();

  LoadReport relationsLenient(String... lines) throws Exception {
    return RelationCsv.read(csv(lines), "relations.csv", LoadOptions.lenientDefaults(), known::get, relations::add);
  }

  LoadReport demandsLenient(String... lines) throws Exception {
    return DemandCsv.read(csv(lines), "demands.csv", LoadOptions.lenientDefaults(), known::get, demands::add);
  }

  @Test
  void relationEndsShareTheKnownEnterprisesCodes() throws Exception {
    relationsLenient("supplier,customer,product,share", A + "," + B + ",熔喷布,0.6");

    assertThat(relations).singleElement().satisfies(r -> {
      assertThat(r.supplier()).isSameAs(known.get(A));
      assertThat(r.customer()).isSameAs(known.get(B));
      assertThat(r.share()).isEqualTo(0.6);
    });
  }

  @Test
  void aRelationWithoutShareHasAnUnknownShare() throws Exception {
    relationsLenient("supplier,customer,product", A + "," + B + ",熔喷布");

    assertThat(relations).singleElement().satisfies(r -> assertThat(r.hasShare()).isFalse());
  }

  @Test
  void aDanglingRelationEndIsRejectedWithItsColumn() throws Exception {
    LoadReport report = relationsLenient("supplier,customer,product", A + "," + STRANGER + ",熔喷布");

    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo("customer");
      assertThat(p.value()).isEqualTo(STRANGER);
      assertThat(p.reason()).contains("no enterprise");
    });
  }

  @Test
  void aRelationFromAnEnterpriseToItselfIsRejected() throws Exception {
    LoadReport report = relationsLenient("supplier,customer,product", A + "," + A + ",熔喷布");

    assertThat(report.rejections()).singleElement().satisfies(p -> assertThat(p.reason()).contains("same enterprise"));
  }

  @Test
  void aShareOutsideZeroToOneIsRejected() throws Exception {
    LoadReport report = relationsLenient("supplier,customer,product,share", A + "," + B + ",熔喷布,1.5");

    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.column()).isEqualTo("share");
      assertThat(p.value()).isEqualTo("1.5");
    });
  }

  @Test
  void strictRelationsRejectTheFile() {
    assertThatThrownBy(() -> RelationCsv.read(
            csv("supplier,customer,product", A + "," + STRANGER + ",熔喷布"),
            "relations.csv", LoadOptions.strict(), known::get, relations::add))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("relations.csv:2");
  }

  @Test
  void readsADemandWithAllColumns() throws Exception {
    demandsLenient("id,requester,product,quantity,unit,needed_by,note",
        "D1," + A + ",急购熔喷布二十吨,20,吨,2020-02-20,加急");

    assertThat(demands).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("D1");
      assertThat(d.requester()).isSameAs(known.get(A));
      assertThat(d.quantity().getAsDouble()).isEqualTo(20.0);
      assertThat(d.unit()).isEqualTo("吨");
      assertThat(d.neededBy()).contains(LocalDate.of(2020, 2, 20));
      assertThat(d.note()).isEqualTo("加急");
    });
  }

  @Test
  void rejectsDuplicateDemandIdsUnknownRequestersAndBadValues() throws Exception {
    LoadReport report = demandsLenient("id,requester,product,quantity,needed_by",
        "D1," + A + ",熔喷布,,",
        "D1," + A + ",口罩,,",
        "D2," + STRANGER + ",口罩,,",
        "D3," + A + ",口罩,-5,",
        "D4," + A + ",口罩,,20/02/2020",
        "D5," + A + ",,,");

    assertThat(report.rejections())
        .extracting(InputProblem::line, InputProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "id"),
            org.assertj.core.groups.Tuple.tuple(4L, "requester"),
            org.assertj.core.groups.Tuple.tuple(5L, "quantity"),
            org.assertj.core.groups.Tuple.tuple(6L, "needed_by"),
            org.assertj.core.groups.Tuple.tuple(7L, "product"));
    assertThat(demands).extracting(Demand::id).containsExactly("D1");
  }
}
