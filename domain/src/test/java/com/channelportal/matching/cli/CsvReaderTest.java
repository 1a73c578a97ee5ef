package com.channelportal.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void readsPlainFieldsAndEmptyOnes() throws Exception {
    assertThat(records("a,b,c\n,,\nx,,z\n"))
        .containsExactly(List.of("a", "b", "c"), List.of("", "", ""), List.of("x", "", "z"));
  }

  @Test
  void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws Exception {
    assertThat(records("\"Litai, Ltd.\",\"say \"\"hi\"\"\",\"two\nlines\"\n"))
        .containsExactly(List.of("Litai, Ltd.", "say \"hi\"", "two\nlines"));
  }

  @Test
  void toleratesBomCrlfLoneCrAndNoFinalLineBreak() throws Exception {
    assertThat(records("\uFEFFid,name\r\n1,a\r2,\"b\r\nc\"\n3,d"))
        .containsExactly(
            List.of("id", "name"), List.of("1", "a"), List.of("2", "b\nc"), List.of("3", "d"));
  }

  @Test
  void aBomIsOnlySkippedAtTheStart() throws Exception {
    assertThat(records("a\n\uFEFFb\n")).containsExactly(List.of("a"), List.of("\uFEFFb"));
  }

  @Test
  void anEmptyLineIsOneEmptyField() throws Exception {
    assertThat(records("a\n\nb\n")).containsExactly(List.of("a"), List.of(""), List.of("b"));
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsACharacter() throws Exception {
    assertThat(records("5\" disk,x\n")).containsExactly(List.of("5\" disk", "x"));
  }

  @Test
  void countsLinesOfRecordsAcrossQuotedLineBreaks() throws Exception {
    var reader = new CsvReader(new StringReader("h\n\"a\r\nb\nc\"\nnext\n"));
    reader.next();
    assertThat(reader.recordLine()).isEqualTo(1);
    reader.next();
    assertThat(reader.recordLine()).isEqualTo(2);
    assertThat(reader.next()).containsExactly("next");
    assertThat(reader.recordLine()).isEqualTo(5);
    assertThat(reader.next()).isNull();
  }

  @Test
  void anUnterminatedQuoteNamesTheLineItOpensOn() {
    assertThatThrownBy(() -> records("id,name\n1,ok\n2,\"never closed\n3,x\n"))
        .isInstanceOf(MalformedCsv.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("unterminated quote")
        .extracting(e -> ((MalformedCsv) e).line())
        .isEqualTo(3);
  }

  @Test
  void textAfterAClosingQuoteIsMalformed() {
    assertThatThrownBy(() -> records("a\n\"b\"c,d\n"))
        .isInstanceOf(MalformedCsv.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("'c' after the closing quote");
  }

  @Test
  void emptyInputHasNoRecords() throws Exception {
    assertThat(records("")).isEmpty();
    assertThat(records("\uFEFF")).isEmpty();
  }

  private static List<List<String>> records(String csv) throws Exception {
    var all = new ArrayList<List<String>>();
    try (var reader = new CsvReader(new StringReader(csv))) {
      for (List<String> record = reader.next(); record != null; record = reader.next()) {
        all.add(record);
      }
    }
    return all;
  }
}
