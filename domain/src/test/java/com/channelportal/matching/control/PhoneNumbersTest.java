package com.channelportal.matching.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "0755-82254848",
        "0755 8225 4848",
        "(0755) 8225-4848",
        "（０７５５）８２２５４８４８",
        "+86 755 8225 4848",
        "+86-755-82254848",
        "+86 (0)755 82254848",
        "0086 755 82254848",
        "86 755 82254848",
        "0755-82254848转8001",
        "0755-82254848 ext. 12",
        "0755-82254848-分机 12",
        "0755.8225.4848"
      })
  void everySpellingOfOneShenzhenLandline(String raw) {
    assertThat(PhoneNumbers.normalize(raw)).contains("075582254848");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "010-82254848, 01082254848", // 高朋集团: Beijing's area code has three digits with the 0
    "+86 10 8225 4848, 01082254848",
    "075987823437, 075987823437", // 深圳利泰 of the example data: Zhanjiang, 0759
    "020-3888 1234, 02038881234",
    "0571-8888123, 05718888123", // seven-digit local number
    "15954507779, 15954507779", // 贵州本邦林's mobile
    "+86 159 5450 7779, 15954507779",
    "0086-15954507779, 15954507779",
    "159-5450-7779, 15954507779",
    "400-820-8820, 4008208820",
    "+86 400 820 8820, 4008208820",
    "82254848, 82254848" // no area code: kept as local digits
  })
  void normalizedForms(String raw, String normalized) {
    assertThat(PhoneNumbers.normalize(raw)).contains(normalized);
  }

  @ParameterizedTest(name = "[{0}]")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "12345", // too short
        "1234567890123456", // too long
        "+49 30 1234567", // foreign numbers are not compared
        "10086xyz",
        "00000000",
        "23456" // five digits
      })
  void whatIsNoChineseNumber(String raw) {
    assertThat(PhoneNumbers.normalize(raw)).isEmpty();
  }

  @Test
  void theAreaCodeIsKeptSoTwoCitiesStayApart() {
    assertThat(PhoneNumbers.normalize("010-82254848"))
        .isNotEqualTo(PhoneNumbers.normalize("0755-82254848"));
  }

  @Test
  void aFieldWithSeveralNumbers() {
    assertThat(PhoneNumbers.normalizeAll("0755-82254848 / 159 5450 7779；0755 8225 4848"))
        .containsExactly("075582254848", "15954507779");
  }

  @Test
  void aFieldWithNothingUsable() {
    assertThat(PhoneNumbers.normalizeAll("无 / n.a.")).isEmpty();
    assertThat(PhoneNumbers.normalizeAll(null)).isEmpty();
  }
}
