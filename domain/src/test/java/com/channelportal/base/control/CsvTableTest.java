package com.channelportal.base.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableTest {

  @Test
  void plainCellsStayAsTheyAre() {
    assertThat(CsvTable.cell("深圳利泰机电有限公司")).isEqualTo("深圳利泰机电有限公司");
    assertThat(CsvTable.cell("")).isEmpty();
  }

  @Test
  void commasQuotesAndLineBreaksAreQuotedAndQuotesDoubled() {
    assertThat(CsvTable.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvTable.cell("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
    assertThat(CsvTable.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
    assertThat(CsvTable.cell("cr\r\nlf")).isEqualTo("\"cr\r\nlf\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"})
  void aCellThatASpreadsheetWouldRunIsPrefixedWithAQuote(String formula) {
    var cell = CsvTable.cell(formula);

    assertThat(cell.startsWith("'") || cell.startsWith("\"'")).as(cell).isTrue();
    assertThat(CsvTable.defused(formula)).isEqualTo("'" + formula);
  }

  @Test
  void aFormulaWithACommaIsDefusedAndQuoted() {
    assertThat(CsvTable.cell("=1,2")).isEqualTo("\"'=1,2\"");
  }

  @Test
  void theTableIsAHeaderAndOneCrlfLinePerRowInUtf8WithAByteOrderMark() {
    var bytes = CsvTable.bytes(List.of("a", "b"), List.of(List.of("华南", "=x"), List.of("", "")));

    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b\r\n华南,'=x\r\n,\r\n");
  }
}
