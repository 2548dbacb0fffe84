package org.chainmatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The TSV format of {@link RegionTable#load}, on small hand-written editions. */
class RegionTableLoadTest {

  private static final String HEADER = "code\tname\tlevel\tparent";

  private static RegionTable load(String... lines) {
    return RegionTable.load(RegionTableTest.tsv(lines), "test-edition");
  }

  @Test
  void loadsRowsInAnyOrderWithCommentsAndBlankLines() {
    RegionTable table =
        load(
            "# a comment",
            HEADER,
            "320506\t吴中区\tCOUNTY\t320500",
            "",
            "320500\t苏州市\tCITY\t320000",
            "110100\t市辖区\tALIAS\t110000",
            "320000\t江苏省\tPROVINCE\t",
            "110101\t东城区\tCOUNTY\t110000",
            "110000\t北京市\tPROVINCE\t");

    assertThat(table.edition()).isEqualTo("test-edition");
    assertThat(table.size()).isEqualTo(5);
    assertThat(table.resolve("320506").fullName()).isEqualTo("江苏省苏州市吴中区");
    assertThat(table.resolveCity("110100")).isSameAs(table.resolve("110000"));
    assertThat(table.resolve("110101").city()).isSameAs(table.resolve("110000"));
    assertThat(table.all())
        .extracting(RegionCode::code)
        .containsExactly("110000", "110101", "320000", "320500", "320506");
  }

  @Test
  void countyDirectlyUnderAnOrdinaryProvinceIsItsOwnCity() {
    RegionTable table =
        load(HEADER, "420000\t湖北省\tPROVINCE\t", "429004\t仙桃市\tCOUNTY\t420000");

    RegionCode xiantao = table.resolve("429004");
    assertThat(xiantao.city()).isSameAs(xiantao);
    assertThat(table.resolveCity("429004")).isSameAs(xiantao);
  }

  @Test
  void toleratesAByteOrderMark() {
    RegionTable table = load("\uFEFF" + HEADER, "320000\t江苏省\tPROVINCE\t");

    assertThat(table.find("320000")).isPresent();
  }

  @Test
  void resolveNamesTheLoadedEdition() {
    RegionTable table = load(HEADER, "320000\t江苏省\tPROVINCE\t");

    assertThatThrownBy(() -> table.resolve("320500"))
        .hasMessageContaining("320500")
        .hasMessageContaining("test-edition");
  }

  @Test
  void rejectsMissingHeader() {
    assertThatThrownBy(() -> load("320000\t江苏省\tPROVINCE\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("region table test-edition, line 1: expected the header")
        .hasMessageContaining("320000");
  }

  @Test
  void rejectsEmptyInput() {
    assertThatThrownBy(() -> load("# only a comment"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no header line");
  }

  @Test
  void rejectsWrongFieldCount() {
    assertThatThrownBy(() -> load(HEADER, "320000\t江苏省\tPROVINCE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "region table test-edition, line 2: expected 4 tab-separated fields, found 3"
                + " in \"320000\t江苏省\tPROVINCE\"");
  }

  @Test
  void rejectsCodesThatAreNotSixDigits() {
    assertThatThrownBy(() -> load(HEADER, "32\t江苏省\tPROVINCE\t"))
        .hasMessage("region table test-edition, line 2: code \"32\" is not six digits");
  }

  @Test
  void rejectsDuplicateCodesNamingBothLines() {
    assertThatThrownBy(
            () -> load(HEADER, "320000\t江苏省\tPROVINCE\t", "320000\t江苏\tPROVINCE\t"))
        .hasMessage("region table test-edition, line 3: code 320000 already defined on line 2");
  }

  @Test
  void rejectsUnknownLevels() {
    assertThatThrownBy(() -> load(HEADER, "320000\t江苏省\tSTATE\t"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("level \"STATE\" of 320000");
  }

  @Test
  void rejectsBlankNames() {
    assertThatThrownBy(() -> load(HEADER, "320000\t \tPROVINCE\t"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("name \" \" of 320000 is blank");
  }

  @Test
  void rejectsUnknownParents() {
    assertThatThrownBy(() -> load(HEADER, "320500\t苏州市\tCITY\t320000"))
        .hasMessage(
            "region table test-edition, line 2: parent \"320000\" of 320500 is not a province or"
                + " city of this table");
  }

  @Test
  void rejectsProvinceCodesNotEndingInFourZeros() {
    assertThatThrownBy(() -> load(HEADER, "320100\t江苏省\tPROVINCE\t"))
        .hasMessageContaining("province 320100 must end in 0000");
  }

  @Test
  void rejectsCityUnderAnotherProvince() {
    assertThatThrownBy(
            () -> load(HEADER, "330000\t浙江省\tPROVINCE\t", "320500\t苏州市\tCITY\t330000"))
        .hasMessageContaining("line 3")
        .hasMessageContaining("city 320500 must be under a province with the same first two");
  }

  @Test
  void rejectsCityUnderAMunicipality() {
    assertThatThrownBy(
            () -> load(HEADER, "110000\t北京市\tPROVINCE\t", "110100\t市辖区\tCITY\t110000"))
        .hasMessageContaining("municipality 110000 北京市 is a single city")
        .hasMessageContaining("ALIAS");
  }

  @Test
  void rejectsCountyCodesEndingInDoubleZero() {
    assertThatThrownBy(
            () -> load(HEADER, "440000\t广东省\tPROVINCE\t", "441900\t东莞市\tCOUNTY\t440000"))
        .hasMessageContaining("county 441900 must not end in 00");
  }

  @Test
  void rejectsCountyUnderACountyOrAnotherCity() {
    assertThatThrownBy(
            () ->
                load(
                    HEADER,
                    "320000\t江苏省\tPROVINCE\t",
                    "320500\t苏州市\tCITY\t320000",
                    "320100\t南京市\tCITY\t320000",
                    "320506\t吴中区\tCOUNTY\t320100"))
        .hasMessageContaining("line 5")
        .hasMessageContaining("county 320506 must be under a city with the same first four");
  }

  @Test
  void rejectsAliasOfAnUnknownUnit() {
    assertThatThrownBy(() -> load(HEADER, "110100\t市辖区\tALIAS\t110000"))
        .hasMessageContaining("alias 110100 refers to \"110000\", which is not a unit");
  }

  @Test
  void rejectsAliasAcrossProvinces() {
    assertThatThrownBy(
            () -> load(HEADER, "110000\t北京市\tPROVINCE\t", "120100\t市辖区\tALIAS\t110000"))
        .hasMessageContaining("alias 120100 refers to 110000 北京市 in another province");
  }

  @Test
  void rejectsBlankEditionLabel() {
    assertThatThrownBy(() -> RegionTable.load(RegionTableTest.tsv(HEADER), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("edition");
  }

  @Test
  void reportsReadFailuresUnchecked() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };

    assertThatThrownBy(() -> RegionTable.load(failing, "broken"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("broken")
        .hasRootCauseMessage("disk gone");
  }
}
