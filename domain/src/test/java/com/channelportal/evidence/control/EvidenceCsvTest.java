package com.channelportal.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.evidence.entity.ChainReport;
import com.channelportal.evidence.entity.EvidenceDocument;
import com.channelportal.evidence.entity.EvidenceRow;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceCsvTest {

  @Test
  void plainCellsStayAsTheyAre() {
    assertThat(EvidenceCsv.cell("深圳利泰机电有限公司")).isEqualTo("深圳利泰机电有限公司");
    assertThat(EvidenceCsv.cell("")).isEmpty();
  }

  @Test
  void commasQuotesAndLineBreaksAreQuotedAndQuotesDoubled() {
    assertThat(EvidenceCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(EvidenceCsv.cell("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
    assertThat(EvidenceCsv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
    assertThat(EvidenceCsv.cell("cr\r\nlf")).isEqualTo("\"cr\r\nlf\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"})
  void aCellThatASpreadsheetWouldRunIsPrefixedWithAQuote(String formula) {
    var cell = EvidenceCsv.cell(formula);

    assertThat(cell.startsWith("'") || cell.startsWith("\"'")).as(cell).isTrue();
    assertThat(EvidenceCsv.defused(formula)).isEqualTo("'" + formula);
  }

  @Test
  void aFormulaWithACommaIsDefusedAndQuoted() {
    assertThat(EvidenceCsv.cell("=1,2")).isEqualTo("\"'=1,2\"");
  }

  @Test
  void theDocumentIsAHeaderAndOneCrlfLinePerRowInUtf8WithAByteOrderMark() {
    var document =
        new EvidenceDocument(
            "DR-2026-000001",
            "2026-11-27 18:00:00.000000 +08:00 [Asia/Shanghai]",
            "li.na",
            new ChainReport(3, null),
            List.of(
                new EvidenceRow(
                    "registration", "DR-2026-000001", "", "customer.name", "华南, \"精密\"", "", ""),
                new EvidenceRow(
                    "audit", "42", "t", "registration.submitted", "=cmd", "", "ab ← cd")));

    var bytes = EvidenceCsv.bytes(document);
    var text = new String(bytes, StandardCharsets.UTF_8);

    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    assertThat(text)
        .isEqualTo(
            "\uFEFFsection,record,time,item,value,detail,hash\r\n"
                + "registration,DR-2026-000001,,customer.name,\"华南, \"\"精密\"\"\",,\r\n"
                + "audit,42,t,registration.submitted,'=cmd,,ab ← cd\r\n");
  }
}
