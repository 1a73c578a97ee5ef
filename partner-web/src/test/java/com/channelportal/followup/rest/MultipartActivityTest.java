package com.channelportal.followup.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartActivityTest {

  @Test
  void aUtf8NameReadAsLatin1IsDecodedAgain() {
    var received =
        new String("报价单.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

    assertThat(MultipartActivity.utf8(received)).isEqualTo("报价单.pdf");
  }

  @Test
  void asciiLatin1AndAlreadyDecodedNamesStay() {
    assertThat(MultipartActivity.utf8("quote.pdf")).isEqualTo("quote.pdf");
    assertThat(MultipartActivity.utf8("café.pdf")).isEqualTo("café.pdf");
    assertThat(MultipartActivity.utf8("报价单.pdf")).isEqualTo("报价单.pdf");
  }

  @Test
  void theRequestMayHoldThreeFilesAtTheLimitAndTheirEnvelope() {
    assertThat(MultipartActivity.maxRequestBytes(20L * 1024 * 1024)).isEqualTo(61L * 1024 * 1024);
  }
}
