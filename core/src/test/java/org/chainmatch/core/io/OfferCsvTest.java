package org.chainmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.chainmatch.core.io.Rows.csv;
import static org.chainmatch.core.io.Rows.uscc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.Offer;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** offers.csv (contract v1.1): the rules of demands.csv with supplier and available_from. */
class OfferCsvTest {
  static final String A = uscc("320505", 1);
  static final String STRANGER = uscc("320507", 3);
  final Map<String, Uscc> known = Map.of(A, Uscc.parse(A));
  final List<Offer> offers = new ArrayList<>();

  LoadReport read(LoadOptions options, String... lines) throws Exception {
    return OfferCsv.read(csv(lines), "offers.csv", options, known::get, offers::add);
  }

  @Test
  void readsAnOfferWithAllColumns() throws Exception {
    read(LoadOptions.strict(), "id,supplier,product,quantity,unit,available_from,note",
        "O1," + A + ",熔喷布,20,吨,2020-02-20,现货");

    assertThat(offers).singleElement().satisfies(o -> {
      assertThat(o.id()).isEqualTo("O1");
      assertThat(o.supplier()).isSameAs(known.get(A));
      assertThat(o.product()).isEqualTo("熔喷布");
      assertThat(o.quantity().getAsDouble()).isEqualTo(20.0);
      assertThat(o.unit()).isEqualTo("吨");
      assertThat(o.availableFrom()).contains(LocalDate.of(2020, 2, 20));
      assertThat(o.note()).isEqualTo("现货");
    });
  }

  @Test
  void onlyIdSupplierAndProductAreRequired() throws Exception {
    read(LoadOptions.strict(), "product,supplier,id", "熔喷布," + A + ",O1");

    assertThat(offers).singleElement().satisfies(o -> {
      assertThat(o.quantity()).isEmpty();
      assertThat(o.availableFrom()).isEmpty();
      assertThat(o.unit()).isEmpty();
    });
  }

  @Test
  void leniencySkipsEachBadRowNamingLineColumnAndValue() throws Exception {
    LoadReport report = read(LoadOptions.lenientDefaults(),
        "id,supplier,product,quantity,available_from",
        "O1," + A + ",熔喷布,,",
        "O1," + A + ",口罩,,",
        "O2," + STRANGER + ",口罩,,",
        "O3," + A + ",口罩,-5,",
        "O4," + A + ",口罩,,20/02/2020",
        "O5," + A + ",,,");

    assertThat(report.rejections())
        .extracting(InputProblem::line, InputProblem::column, InputProblem::value)
        .containsExactly(
            tuple(3L, "id", "O1"),
            tuple(4L, "supplier", STRANGER),
            tuple(5L, "quantity", "-5"),
            tuple(6L, "available_from", "20/02/2020"),
            tuple(7L, "product", ""));
    assertThat(report.rejections().get(0).reason()).contains("duplicate offer id");
    assertThat(offers).extracting(Offer::id).containsExactly("O1");
  }

  @Test
  void strictReadingRejectsTheFileAndPassesNothingOnAfterABadRow() {
    assertThatThrownBy(() -> read(LoadOptions.strict(), "id,supplier,product",
            "O1," + STRANGER + ",口罩", "O2," + A + ",熔喷布"))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("offers.csv:2")
        .hasMessageContaining("supplier");
    assertThat(offers).isEmpty();
  }

  @Test
  void aFileWithoutTheSupplierColumnIsRejectedInBothModes() {
    for (LoadOptions mode : List.of(LoadOptions.strict(), LoadOptions.lenientDefaults())) {
      assertThatThrownBy(() -> read(mode, "id,requester,product", "O1," + A + ",熔喷布"))
          .isInstanceOf(InputRejectedException.class)
          .hasMessageContaining("supplier");
    }
  }

  @Test
  void writtenOffersReadBackTheSame(@TempDir Path dir) throws Exception {
    Offer full = Offer.of("O1", Uscc.parse(A), "熔喷布, 医用级").withQuantity(2.5, "吨")
        .availableFrom(LocalDate.of(2020, 3, 1)).withNote("含税");
    Offer bare = Offer.of("O2", Uscc.parse(A), "口罩");
    Path file = dir.resolve("offers.csv");
    try (var w = OfferCsv.writer(file)) {
      w.write(full);
      w.write(bare);
      w.commit();
    }
    assertThat(Files.readAllLines(file).get(0)).isEqualTo(String.join(",", OfferCsv.HEADER));

    OfferCsv.read(file, LoadOptions.strict(), known::get, offers::add);

    assertThat(offers).containsExactly(full, bare);
  }
}
