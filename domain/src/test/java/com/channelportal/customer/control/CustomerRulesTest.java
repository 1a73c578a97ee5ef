package com.channelportal.customer.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.customer.control.CustomerRules.CustomerCheck;
import com.channelportal.customer.control.CustomerRules.Required;
import com.channelportal.customer.entity.CustomerForm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerRulesTest {

  /** 深圳利泰 as the source document lists it. */
  private static final CustomerForm LITAI =
      new CustomerForm(
          "深圳利泰",
          null,
          "生产加工制造",
          "仪器仪表及工业",
          "075987823437",
          null,
          null,
          null,
          null,
          null,
          null,
          "20211104-000002");

  @Test
  void theDocumentsCustomersAreValidMasterData() {
    var valid = valid(CustomerRules.checkMasterData(LITAI));

    assertThat(valid).isEqualTo(LITAI);
  }

  @Test
  void masterDataNeedsANameButNoUscc() {
    assertThat(problems(CustomerRules.checkMasterData(CustomerForm.EMPTY)))
        .containsExactly("name.REQUIRED");
  }

  @Test
  void inputFromAChineseInputMethodIsFolded() {
    var form =
        new CustomerForm(
            " 贵州本邦林 ",
            "９１４４０３００ＭＡ５ＤＬＴ２Ｋ０Ｐ",
            null,
            null,
            "１５９５４５０７７７９",
            null,
            "15954507779＠QQ.com",
            "ＷＷＷ．ｂｅｎｂａｎｇｌｉｎ．ｃｎ",
            null,
            null,
            null,
            "２０２２１０２１－００００１１");

    var valid = valid(CustomerRules.checkMasterData(form));

    assertThat(valid.name()).isEqualTo("贵州本邦林");
    assertThat(valid.uscc()).isEqualTo("91440300MA5DLT2K0P");
    assertThat(valid.phone()).isEqualTo("15954507779");
    assertThat(valid.email()).isEqualTo("15954507779@qq.com");
    assertThat(valid.website()).isEqualTo("WWW.benbanglin.cn");
    assertThat(valid.masterDataNumber()).isEqualTo("20221021-000011");
  }

  @ParameterizedTest
  @CsvSource({
    "91440300MA5DLT2K0Q, uscc.CHECK_CHARACTER",
    "91440300MA5DLT2K0, uscc.LENGTH",
    "91440300MA5DLT2KOP, uscc.CHARACTER",
    "Z1440300MA5DLT2K0P, uscc.CHARACTER"
  })
  void anInvalidUsccNamesTheFailingCheck(String uscc, String reason) {
    assertThat(problems(CustomerRules.checkMasterData(withUscc(uscc)))).containsExactly(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"010-82254848", "+86 755 8225 4848", "0755-1234567 / 138 0013 8000"})
  void oneOrSeveralPhoneNumbers(String phone) {
    assertThat(problems(CustomerRules.checkMasterData(withPhone(phone)))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234", "call me", "0755-1234567 / x"})
  void notAPhoneNumber(String phone) {
    assertThat(problems(CustomerRules.checkMasterData(withPhone(phone))))
        .containsExactly("phone.FORMAT");
  }

  @Test
  void aSecondLevelNeedsAFirst() {
    var form =
        new CustomerForm(
            "深圳亿和源", null, null, "大型设备制造", null, null, null, null, null, null, null, null);

    assertThat(problems(CustomerRules.checkMasterData(form)))
        .containsExactly("subIndustry.WITHOUT_INDUSTRY");
  }

  @Test
  void partOfALargerFormTheFieldsArePrefixedAndTheNumberDropped() {
    var checks = new FieldChecks();

    var checked =
        CustomerRules.check(withUscc("123"), "customer.", Required.NAME_AND_USCC, false, checks);

    assertThat(checked.masterDataNumber()).isNull();
    assertThat(checks.problems())
        .extracting(p -> p.reason())
        .containsExactly("customer.uscc.LENGTH");
  }

  @Test
  void aDraftNeedsNothingButWhatItHasMustBeWellFormed() {
    var checks = new FieldChecks();
    var form =
        new CustomerForm(
            null, null, null, null, null, null, "no address", "not a site", null, null, null, null);

    CustomerRules.check(form, "customer.", Required.NOTHING, false, checks);

    assertThat(checks.problems())
        .extracting(p -> p.reason())
        .containsExactly("customer.email.FORMAT", "customer.website.FORMAT");
  }

  @Test
  void masterDataNumbersAreCodesNotText() {
    var form =
        new CustomerForm(
            "高朋集团", null, null, null, null, null, null, null, null, null, null, "编号 13");

    assertThat(problems(CustomerRules.checkMasterData(form)))
        .containsExactly("masterDataNumber.FORMAT");
  }

  private static CustomerForm valid(CustomerCheck check) {
    assertThat(check).isInstanceOf(CustomerCheck.Valid.class);
    return ((CustomerCheck.Valid) check).form();
  }

  private static List<String> problems(CustomerCheck check) {
    return check instanceof CustomerCheck.Invalid invalid
        ? invalid.problems().stream().map(p -> p.reason()).toList()
        : List.of();
  }

  private static CustomerForm withUscc(String uscc) {
    return new CustomerForm(
        "深圳利泰机电有限公司", uscc, null, null, null, null, null, null, null, null, null, null);
  }

  private static CustomerForm withPhone(String phone) {
    return new CustomerForm(
        "深圳利泰机电有限公司", null, null, null, phone, null, null, null, null, null, null, null);
  }
}
