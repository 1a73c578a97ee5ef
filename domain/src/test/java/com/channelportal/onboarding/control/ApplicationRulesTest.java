package com.channelportal.onboarding.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.onboarding.entity.ApplicationForm;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationRulesTest {

  private static final ApplicationForm VALID =
      new ApplicationForm(
          "深圳利泰机电有限公司",
          "91440300MA5DLT2K0P",
          "华南大区",
          "li.taian@litai.com.cn",
          "李",
          "泰安",
          "0755-8225 4848",
          "总经理",
          "我们希望成为合作伙伴。",
          "zh-CN");

  @Nested
  class Accepted {

    @Test
    void aCompleteFormWithItsDomainAndNameKey() {
      var valid = valid(VALID);

      assertThat(valid.form()).isEqualTo(VALID);
      assertThat(valid.emailDomain()).isEqualTo("litai.com.cn");
      assertThat(valid.nameKey()).isEqualTo("深圳利泰机电");
    }

    @Test
    void optionalFieldsMayBeMissingOrBlank() {
      var form = with(VALID, "region", " ");
      form = with(form, "jobTitle", null);
      form = with(form, "message", "\u3000\n");

      var valid = valid(form);

      assertThat(valid.form().region()).isNull();
      assertThat(valid.form().jobTitle()).isNull();
      assertThat(valid.form().message()).isNull();
    }

    @Test
    void inputFromAChineseInputMethodIsFolded() {
      var form =
          new ApplicationForm(
              "\u3000深圳利泰机电有限公司 ",
              "９１４４０３００ＭＡ５ＤＬＴ２Ｋ０Ｐ",
              null,
              "李泰安＠Mail.Litai.COM.cn",
              "李",
              "泰安",
              "０７５５－８２２５ ４８４８",
              null,
              null,
              "ZH-cn");

      var valid = valid(form).form();

      assertThat(valid.companyName()).isEqualTo("深圳利泰机电有限公司");
      assertThat(valid.uscc()).isEqualTo("91440300MA5DLT2K0P");
      assertThat(valid.email()).isEqualTo("李泰安@mail.litai.com.cn");
      assertThat(valid.phone()).isEqualTo("0755-8225 4848");
      assertThat(valid.language()).isEqualTo("zh-CN");
      assertThat(valid(form).emailDomain()).isEqualTo("litai.com.cn");
    }

    @Test
    void markupIsTextAndKeptAsTyped() {
      var script = "<script>alert('x')</script>";
      var form =
          with(with(VALID, "companyName", script + "有限公司"), "message", "<b>hi</b> & \"bye\"");

      var valid = valid(form).form();

      assertThat(valid.companyName()).isEqualTo(script + "有限公司");
      assertThat(valid.message()).isEqualTo("<b>hi</b> & \"bye\"");
    }

    /** The names become the applicant's Keycloak account, whose user profile refuses markup. */
    @Test
    void markupInAPersonsNameIsRefusedAtTheField() {
      var form = with(with(VALID, "givenName", "<script>"), "familyName", "Tom & Jerry");

      assertThat(reasons(form)).containsExactly("familyName.CHARACTER", "givenName.CHARACTER");
    }

    @Test
    void aMessageMayHaveLinesAndTabs() {
      var message = "第一行\r\n第二行\n\t缩进";

      assertThat(valid(with(VALID, "message", message)).form().message()).isEqualTo(message);
    }

    @Test
    void namesOutsideTheBasicPlaneAndEmojiAreText() {
      var form = with(with(VALID, "familyName", "𠀀"), "givenName", "Zoë 😀");

      assertThat(valid(form).form().givenName()).isEqualTo("Zoë 😀");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+86 (755) 8225-4848", "13800138000", "95588", "+49 30 1234567"})
    void phoneNumbersAsPeopleWriteThem(String phone) {
      assertThat(valid(with(VALID, "phone", phone)).form().phone()).isEqualTo(phone);
    }

    @Test
    void englishIsTheOtherLanguage() {
      assertThat(valid(with(VALID, "language", "en")).form().language()).isEqualTo("en");
    }
  }

  @Nested
  class Refused {

    @Test
    void everyMissingRequiredFieldAtOnceInFormOrder() {
      var empty = new ApplicationForm(null, "", " ", null, "", null, "\t", null, null, null);

      assertThat(reasons(empty))
          .containsExactly(
              "companyName.REQUIRED",
              "uscc.REQUIRED",
              "email.REQUIRED",
              "familyName.REQUIRED",
              "givenName.REQUIRED",
              "phone.REQUIRED",
              "language.REQUIRED");
    }

    @ParameterizedTest
    @CsvSource({
      "91440300MA5DLT2K0Q, uscc.CHECK_CHARACTER",
      "91440300MA5DLT2KO0, uscc.CHARACTER",
      "91440300MA5DLT2K0, uscc.LENGTH",
      "Z1440300MA5DLT2K0P, uscc.CHARACTER",
      "B1440300MA5DLT2K0P, uscc.REGISTRATION_AUTHORITY",
      "91A40300MA5DLT2K0P, uscc.DIVISION"
    })
    void theUsccRuleItBreaks(String uscc, String reason) {
      assertThat(reasons(with(VALID, "uscc", uscc))).containsExactly(reason);
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
      var longest = "𠀀".repeat(200 - 2) + "公司";

      assertThat(reasons(with(VALID, "companyName", longest))).isEmpty();
      assertThat(reasons(with(VALID, "companyName", "𠀀" + longest)))
          .containsExactly("companyName.TOO_LONG");
    }

    @Test
    void lengthLimitsOfEachField() {
      assertThat(reasons(with(VALID, "familyName", "x".repeat(49)))).isEmpty();
      assertThat(reasons(with(VALID, "familyName", "x".repeat(50))))
          .containsExactly("familyName.TOO_LONG");
      assertThat(reasons(with(VALID, "region", "区".repeat(65)))).containsExactly("region.TOO_LONG");
      assertThat(reasons(with(VALID, "jobTitle", "x".repeat(101))))
          .containsExactly("jobTitle.TOO_LONG");
      assertThat(reasons(with(VALID, "message", "字".repeat(2000)))).isEmpty();
      assertThat(reasons(with(VALID, "message", "字".repeat(2001))))
          .containsExactly("message.TOO_LONG");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "王\u0000", // NUL
          "王\n建新", // a line break in a one-line field
          "王\u0085建新", // C1 next line
          "王\u2028建新", // Unicode line separator (at the end it is stripped as whitespace)
          "\u202Egnp.exe", // right-to-left override: shows reversed text
          "王\u2066建\u2069", // bidirectional isolate
          "王\uD800" // unpaired surrogate
        })
    void controlCharactersInNames(String name) {
      assertThat(reasons(with(VALID, "givenName", name)))
          .containsExactly("givenName.CONTROL_CHARACTER");
    }

    @Test
    void controlCharactersInTheMessageOtherThanLineBreaksAndTabs() {
      assertThat(reasons(with(VALID, "message", "hello\u0007")))
          .containsExactly("message.CONTROL_CHARACTER");
    }

    @ParameterizedTest
    @CsvSource({
      "li@qq.com, email.FREE_MAIL",
      "li@vip.163.com, email.FREE_MAIL",
      "li@gmail.com, email.FREE_MAIL",
      "not-an-address, email.FORMAT",
      "li@litai, email.FORMAT",
      "li tai@litai.com, email.FORMAT",
      "li@@litai.com, email.FORMAT",
      "@litai.com, email.FORMAT",
      "li@com.cn, email.FORMAT"
    })
    void addressesThatSayNothingAboutTheCompany(String email, String reason) {
      assertThat(reasons(with(VALID, "email", email))).containsExactly(reason);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "1234", // too short
          "+8612", // 5 characters, 4 digits
          "123456789012345678901234567890123", // 33
          "0755/82254848",
          "0755 8225 4848 ext. 12",
          "86+755 8225",
          "(-) (-) (-)"
        })
    void phoneNumbersThatCannotBe(String phone) {
      assertThat(reasons(with(VALID, "phone", phone))).containsExactly("phone.FORMAT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "zh", "zh-TW", "english"})
    void languagesWithoutInvitationMail(String language) {
      assertThat(reasons(with(VALID, "language", language)))
          .containsExactly("language.UNSUPPORTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"有限公司", "Co., Ltd.", "（股份有限公司）", "---"})
    void aNameThatIsNothingButALegalForm(String name) {
      assertThat(reasons(with(VALID, "companyName", name)))
          .containsExactly("companyName.NOT_DISTINCTIVE");
    }

    @Test
    void problemsOfDifferentFieldsAreReportedTogether() {
      var form = with(with(with(VALID, "uscc", "123"), "email", "li@qq.com"), "phone", "x");

      var problems = problems(form);

      assertThat(problems)
          .extracting(FieldProblem::field)
          .containsExactly("uscc", "email", "phone");
      assertThat(problems.get(0).message()).startsWith("uscc: ");
    }
  }

  @Nested
  class RejectionReason {

    @Test
    void isRequired() {
      assertThat(ApplicationRules.rejectionReason(null))
          .extracting(FieldProblem::reason)
          .containsExactly("reason.REQUIRED");
      assertThat(ApplicationRules.rejectionReason(" \n"))
          .extracting(FieldProblem::reason)
          .containsExactly("reason.REQUIRED");
    }

    @Test
    void mayHaveSeveralLinesUpTo500Characters() {
      assertThat(ApplicationRules.rejectionReason("资质不足。\n请补充材料后重新申请。")).isEmpty();
      assertThat(ApplicationRules.rejectionReason("因".repeat(500))).isEmpty();
      assertThat(ApplicationRules.rejectionReason("因".repeat(501)))
          .extracting(FieldProblem::reason)
          .containsExactly("reason.TOO_LONG");
    }
  }

  private static ApplicationCheck.Valid valid(ApplicationForm form) {
    var check = ApplicationRules.check(form);
    assertThat(check).isInstanceOf(ApplicationCheck.Valid.class);
    return (ApplicationCheck.Valid) check;
  }

  private static List<FieldProblem> problems(ApplicationForm form) {
    var check = ApplicationRules.check(form);
    return check instanceof ApplicationCheck.Invalid invalid ? invalid.problems() : List.of();
  }

  private static List<String> reasons(ApplicationForm form) {
    return problems(form).stream().map(FieldProblem::reason).toList();
  }

  /** The form with one field replaced, by its reported name. */
  private static ApplicationForm with(ApplicationForm f, String field, String value) {
    return new ApplicationForm(
        field.equals("companyName") ? value : f.companyName(),
        field.equals("uscc") ? value : f.uscc(),
        field.equals("region") ? value : f.region(),
        field.equals("email") ? value : f.email(),
        field.equals("familyName") ? value : f.familyName(),
        field.equals("givenName") ? value : f.givenName(),
        field.equals("phone") ? value : f.phone(),
        field.equals("jobTitle") ? value : f.jobTitle(),
        field.equals("message") ? value : f.message(),
        field.equals("language") ? value : f.language());
  }
}
