package com.channelportal.matching.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "litai, litai, 0",
    "litai, lital, 1",
    "litai, litia, 2",
    "litai, lytay, 2",
    "亿和源, 亿利源, 1",
    "亿和源, 亿源, 1",
    "利泰, 利泰机电, 2",
    "'', abc, 3",
    "\uD840\uDC00利, \uD840\uDC01利, 1" // a character outside the basic plane is one edit
  })
  void levenshteinOverCodePoints(String a, String b, int distance) {
    assertThat(EditDistance.between(a, b)).isEqualTo(distance);
    assertThat(EditDistance.between(b, a)).isEqualTo(distance);
  }
}
