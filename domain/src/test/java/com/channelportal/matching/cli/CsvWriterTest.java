package com.channelportal.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void quotesOnlyWhatNeedsIt() throws Exception {
    var text = new StringWriter();
    try (var writer = new CsvWriter(text)) {
      writer.write(List.of("1", "true", "0.8700"));
      writer.write(List.of("a,b", "say \"hi\"", "two\nlines", ""));
    }
    assertThat(text.toString())
        .isEqualTo("1,true,0.8700\n\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\n");
  }

  @Test
  void whatItWritesReadsBackUnchanged() throws Exception {
    List<String> fields = List.of("利泰, 深圳", "\"", "", "x\r\ny", " spaced ");
    var text = new StringWriter();
    try (var writer = new CsvWriter(text)) {
      writer.write(fields);
    }
    try (var reader = new CsvReader(new StringReader(text.toString()))) {
      assertThat(reader.next()).containsExactly("利泰, 深圳", "\"", "", "x\ny", " spaced ");
      assertThat(reader.next()).isNull();
    }
  }
}
