package com.channelportal.partner.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.channelportal.partner.control.CreditCodeCheck.Invalid;
import com.channelportal.partner.control.CreditCodeCheck.Reason;
import com.channelportal.partner.control.CreditCodeCheck.Valid;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

  /** 华为技术有限公司, as printed on its business licence. */
  private static final String HUAWEI = "914403001922038216";

  @Nested
  class Valid_ {

    /** Published codes of well-known companies (annual reports, the national credit register). */
    @ParameterizedTest(name = "{1}")
    @CsvSource({
      "914403001922038216, 华为技术有限公司",
      "9144030071526726XG, 腾讯科技(深圳)有限公司",
      "91110108551385082Q, 小米科技有限责任公司",
      "91440300192317458F, 比亚迪股份有限公司",
      "91440400192548256N, 珠海格力电器股份有限公司",
      "91440606722473344C, 美的集团股份有限公司",
      "91520000214434146R, 中航重机股份有限公司"
    })
    void realCodesOfWellKnownCompanies(String code, String company) {
      assertThat(UnifiedSocialCreditCode.check(code)).isEqualTo(new Valid(code));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "11100000MB0135211", // 机构编制, 机关
          "12440300MB2C9F1A3", // 机构编制, 事业单位
          "19110000MB1234567", // 机构编制, 其他
          "21110000MD0000012", // 外交
          "31440000MD0000015", // 司法行政, 律师事务所
          "35110000MD0000019", // 司法行政, 仲裁委员会
          "41110000MD0000011", // 文化
          "51440300MJL123456", // 民政, 社会团体
          "53100000MJ0000003", // 民政, 基金会
          "62110000MD0000015", // 旅游
          "71440300MD0000016", // 宗教
          "81440300MC0000017", // 工会
          "91440300MA5FLTA12", // 工商, 企业
          "92440300MA5F2X3Y4", // 工商, 个体工商户
          "93520100MA6DK1234", // 工商, 农民专业合作社
          "A1100000MD0000018", // 中央军委改革和编制办公室
          "N2320100MF1234567", // 农业, 村级集体经济组织
          "Y1110000MD0000019" // 其他
        })
    void everyAuthorityWithATypeOfItsOwn(String first17) {
      String code = UnifiedSocialCreditCode.withCheckCharacter(first17);

      assertThat(UnifiedSocialCreditCode.check(code).isValid()).isTrue();
    }

    @Test
    void fullWidthDigitsAndLettersFromAChineseInputMethod() {
      var check = UnifiedSocialCreditCode.check("９１４４０３００７１５２６７２６ＸＧ");

      assertThat(check).isEqualTo(new Valid("9144030071526726XG"));
    }

    @Test
    void lowerCase() {
      assertThat(UnifiedSocialCreditCode.check("9144030071526726xg"))
          .isEqualTo(new Valid("9144030071526726XG"));
    }

    @Test
    void whitespaceAroundIncludingTheIdeographicSpace() {
      assertThat(UnifiedSocialCreditCode.check(" \t" + HUAWEI + "\u3000\n"))
          .isEqualTo(new Valid(HUAWEI));
    }

    @Test
    void theOrganizationCodeCheckDigitAtPosition17IsNotChecked() {
      // 19220382-1 is Huawei's organization code; 19220382-0 breaks its GB 11714 check digit
      String code = UnifiedSocialCreditCode.withCheckCharacter("91440300192203820");

      assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    }
  }

  @Nested
  class CheckCharacter {

    @Test
    void aCheckValueAbove9MapsToALetterSkippingTheUnusedOnes() {
      // value 29 is X: I, O, S, V and Z are skipped when counting 10 = A upwards
      assertThat(UnifiedSocialCreditCode.withCheckCharacter("91440300MA5FLTA12"))
          .isEqualTo("91440300MA5FLTA12X");
    }

    @Test
    void aCheckValueOf31IsWrittenAs0() {
      // the weighted sum of these 17 is divisible by 31, so 31 - 0 = 31, written as 0
      assertThat(UnifiedSocialCreditCode.withCheckCharacter("91440300MA5F00008"))
          .isEqualTo("91440300MA5F000080");
      assertThat(UnifiedSocialCreditCode.isValid("91440300MA5F000080")).isTrue();
    }

    @Test
    void everySingleCharacterSubstitutionIsDetected() {
      // 31 is prime and no weight is a multiple of it, so one changed character always shows
      for (int i = 0; i < UnifiedSocialCreditCode.LENGTH; i++) {
        for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
          if (c == HUAWEI.charAt(i)) {
            continue;
          }
          String typo = HUAWEI.substring(0, i) + c + HUAWEI.substring(i + 1);
          assertThat(UnifiedSocialCreditCode.isValid(typo)).as(typo).isFalse();
        }
      }
    }

    @Test
    void completingNormalizesItsInput() {
      assertThat(UnifiedSocialCreditCode.withCheckCharacter(" ９１４４０３００ma5flta12 "))
          .isEqualTo("91440300MA5FLTA12X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9144030019220382", "914403001922038216", "91440300192203821O"})
    void completingRefusesAnythingButSeventeenLegalCharacters(String first17) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> UnifiedSocialCreditCode.withCheckCharacter(first17));
    }
  }

  @Nested
  class Invalid_ {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void nothingGiven(String raw) {
      assertThat(UnifiedSocialCreditCode.check(raw)).isEqualTo(invalid("", Reason.EMPTY, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91440300192203821", "9144030019220382160", "91"})
    void notEighteenCharacters(String raw) {
      assertThat(UnifiedSocialCreditCode.check(raw)).isEqualTo(invalid(raw, Reason.LENGTH, 0));
    }

    @Test
    void lengthIsCheckedBeforeTheCharacters() {
      assertThat(reasonOf("OOO")).isEqualTo(Reason.LENGTH);
    }

    @Test
    void theLetterOInsteadOfTheDigit0() {
      assertThat(UnifiedSocialCreditCode.check("9144O3001922038216"))
          .isEqualTo(invalid("9144O3001922038216", Reason.CHARACTER, 5));
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', '-', '中'})
    void characterOutsideTheAlphabetIsReportedWithItsPosition(char c) {
      String raw = "9144030019220" + c + "8216";

      assertThat(UnifiedSocialCreditCode.check(raw)).isEqualTo(invalid(raw, Reason.CHARACTER, 14));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsOnceForLengthAndPosition() {
      String raw = "91440300192203821\uD840\uDC00"; // U+20000, a rare Han character

      assertThat(UnifiedSocialCreditCode.check(raw)).isEqualTo(invalid(raw, Reason.CHARACTER, 18));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "B", "C", "X"})
    void unknownRegistrationAuthority(String authority) {
      String code = UnifiedSocialCreditCode.withCheckCharacter(authority + "1440300MA5FLTA12");

      assertThat(UnifiedSocialCreditCode.check(code))
          .isEqualTo(invalid(code, Reason.REGISTRATION_AUTHORITY, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"90", "94", "9A", "14", "Y2", "Y9", "27", "N4", "A2"})
    void organizationTypeThatTheAuthorityDoesNotHave(String authorityAndType) {
      String code =
          UnifiedSocialCreditCode.withCheckCharacter(authorityAndType + "440300MA5FLTA12");

      assertThat(UnifiedSocialCreditCode.check(code))
          .isEqualTo(invalid(code, Reason.ORGANIZATION_TYPE, 2));
    }

    @Test
    void divisionWithALetter() {
      String code = UnifiedSocialCreditCode.withCheckCharacter("9144A300MA5FLTA12");

      assertThat(UnifiedSocialCreditCode.check(code)).isEqualTo(invalid(code, Reason.DIVISION, 5));
    }

    @Test
    void divisionIsCheckedOnItsLastPositionToo() {
      String code = UnifiedSocialCreditCode.withCheckCharacter("9144030AMA5FLTA12");

      assertThat(UnifiedSocialCreditCode.check(code)).isEqualTo(invalid(code, Reason.DIVISION, 8));
    }

    @Test
    void wrongCheckCharacter() {
      assertThat(UnifiedSocialCreditCode.check("914403001922038217"))
          .isEqualTo(invalid("914403001922038217", Reason.CHECK_CHARACTER, 18));
    }

    @Test
    void swappedNeighboursAreCaughtByTheCheckCharacter() {
      assertThat(reasonOf("914403009122038216")).isEqualTo(Reason.CHECK_CHARACTER);
    }

    @Test
    void invalidReportsTheNormalizedInput() {
      assertThat(UnifiedSocialCreditCode.check(" 91440300192203821x ").code())
          .isEqualTo("91440300192203821X");
    }
  }

  @Test
  void normalizeFoldsWidthCaseAndSurroundingSpace() {
    assertThat(UnifiedSocialCreditCode.normalize(" ９１ａｂ x\u3000")).isEqualTo("91AB X");
    assertThat(UnifiedSocialCreditCode.normalize(null)).isEmpty();
  }

  private static Reason reasonOf(String raw) {
    return ((Invalid) UnifiedSocialCreditCode.check(raw)).reason();
  }

  private static Invalid invalid(String code, Reason reason, int position) {
    return new Invalid(code, reason, position);
  }
}
