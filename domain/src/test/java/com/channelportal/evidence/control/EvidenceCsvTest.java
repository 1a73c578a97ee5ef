package com.channelportal.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.evidence.entity.ChainReport;
import com.channelportal.evidence.entity.EvidenceDocument;
import com.channelportal.evidence.entity.EvidenceRow;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cells' quoting and defusing are {@code CsvTableTest}'s; here the document's rows. */
class EvidenceCsvTest {

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
