package org.chainmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.testkit.generate.CityFiles;
import org.chainmatch.testkit.generate.CityGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated city read in chunks on several threads equals its sequential read: the same
 * enterprises and relations in the same order, the same reports. (In core's package to reach the
 * chunk size; core's own tests cannot use the generator, which depends on core.)
 */
class ParallelCsvCityTest {
  static final int CHUNK = 16 << 10;
  static final LoadOptions OPTIONS = LoadOptions.strict().withThreads(3);

  @TempDir static Path dir;
  static CityFiles city;

  @BeforeAll
  static void writeCity() throws Exception {
    city = CityGenerator.builder().enterprises(2_000).seed(21).build().writeTo(dir);
  }

  @Test
  void enterprisesAndRelationsEqualTheSequentialRead() throws Exception {
    List<Enterprise> sequential = new ArrayList<>();
    LoadReport sequentialReport = ContractCsv.read(CsvRowSource.open(city.enterprises(),
        OPTIONS.withThreads(1)), OPTIONS, EnterpriseCsv.mapper(OPTIONS), sequential::add);
    List<Enterprise> parallel = new ArrayList<>();
    ParallelCsv.Trace trace = new ParallelCsv.Trace();
    LoadReport parallelReport = ParallelCsv.read(city.enterprises(), city.enterprises().toString(),
        StandardCharsets.UTF_8, OPTIONS, EnterpriseCsv.mapper(OPTIONS), parallel::add, CHUNK, trace);

    assertThat(trace.chunks).isGreaterThan(10);
    assertThat(parallel).hasSize(2_000).isEqualTo(sequential);
    assertThat(parallelReport).isEqualTo(sequentialReport);

    List<Uscc> codes = parallel.stream().map(Enterprise::uscc).toList();
    UsccTable known = UsccTable.of(codes);
    List<SupplyRelation> sequentialRelations = new ArrayList<>();
    LoadReport r1 = ContractCsv.read(CsvRowSource.open(city.relations(), OPTIONS.withThreads(1)),
        OPTIONS, RelationCsv.mapper(OPTIONS, known), sequentialRelations::add);
    List<SupplyRelation> parallelRelations = new ArrayList<>();
    ParallelCsv.Trace relationTrace = new ParallelCsv.Trace();
    LoadReport r2 = ParallelCsv.read(city.relations(), city.relations().toString(),
        StandardCharsets.UTF_8, OPTIONS, RelationCsv.mapper(OPTIONS, known), parallelRelations::add,
        CHUNK, relationTrace);

    assertThat(relationTrace.chunks).isGreaterThan(5);
    assertThat(parallelRelations).hasSize((int) city.relationCount()).isEqualTo(sequentialRelations);
    assertThat(r2).isEqualTo(r1);
  }

  @Test
  void datasetLoadGivesTheSameWithOneThreadOrSeveral() throws Exception {
    Dataset one = Dataset.load(city.enterprises(), city.relations(), city.demands(),
        LoadOptions.strict().withThreads(1));
    Dataset several = Dataset.load(city.enterprises(), city.relations(), city.demands(),
        LoadOptions.strict().withThreads(4));

    assertThat(several).isEqualTo(one);
    assertThat(several.enterprises()).hasSize(2_000);
  }
}
