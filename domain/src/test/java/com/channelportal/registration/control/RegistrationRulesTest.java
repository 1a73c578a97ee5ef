package com.channelportal.registration.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.registration.entity.DealStage;
import com.channelportal.registration.entity.LineForm;
import com.channelportal.registration.entity.RegistrationForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private static final CustomerForm CUSTOMER =
      new CustomerForm(
          "深圳亿和源机械有限公司",
          "91440300MA5DLT2K0P",
          "生产加工制造",
          "大型设备制造",
          "0755-8225 4848",
          null,
          "info@yiheyuan.com.cn",
          "www.yiheyuan.com.cn",
          "广东省",
          "深圳市",
          "南山区科技园",
          null);

  private static final RegistrationForm COMPLETE =
      new RegistrationForm(
          null,
          CUSTOMER,
          "王建新",
          "138 0013 8000",
          "wang@yiheyuan.com.cn",
          List.of(new LineForm("伺服电机 SV-200", 4), new LineForm("SKU-PLC-1", 1)),
          new BigDecimal("380000"),
          null,
          TODAY.plusMonths(3),
          TODAY.plusMonths(2),
          new BigDecimal("400000.5"),
          60,
          DealStage.PROPOSAL,
          "<b>客户</b>计划更新产线。\n第二行");

  @Nested
  class Submission {

    @Test
    void aCompleteFormIsNormalized() {
      var valid = valid(RegistrationRules.submission(COMPLETE, TODAY));

      assertThat(valid.currency()).isEqualTo("CNY");
      assertThat(valid.estimatedAmount()).isEqualByComparingTo("380000").hasScaleOf(2);
      assertThat(valid.customerBudget()).isEqualTo(new BigDecimal("400000.50"));
      assertThat(valid.customer().uscc()).isEqualTo("91440300MA5DLT2K0P");
      assertThat(valid.notes()).isEqualTo("<b>客户</b>计划更新产线。\n第二行");
      assertThat(valid.lines()).hasSize(2);
    }

    @Test
    void everyMissingRequiredFieldIsReportedAtOnce() {
      var problems = problems(RegistrationRules.submission(RegistrationForm.EMPTY, TODAY));

      assertThat(problems)
          .containsExactly(
              "customer.name.REQUIRED",
              "customer.uscc.REQUIRED",
              "contactName.REQUIRED",
              "contactPhone.REQUIRED",
              "lines.REQUIRED",
              "estimatedAmount.REQUIRED",
              "expectedCloseDate.REQUIRED");
    }

    @Test
    void theExpectedCloseMayBeTodayButNotBefore() {
      assertThat(problems(RegistrationRules.submission(withClose(TODAY, null), TODAY))).isEmpty();
      assertThat(problems(RegistrationRules.submission(withClose(TODAY.minusDays(1), null), TODAY)))
          .containsExactly("expectedCloseDate.PAST");
    }

    @Test
    void anInvalidUsccNamesTheCheckItFails() {
      var form = withCustomer(COMPLETE, "91440300MA5DLT2K0Q");

      assertThat(problems(RegistrationRules.submission(form, TODAY)))
          .containsExactly("customer.uscc.CHECK_CHARACTER");
    }
  }

  @Nested
  class Draft {

    @Test
    void anEmptyDraftIsFine() {
      var valid = valid(RegistrationRules.draft(RegistrationForm.EMPTY));

      assertThat(valid.currency()).isEqualTo("CNY");
      assertThat(valid.lines()).isEmpty();
    }

    @Test
    void aDraftMayCloseInThePastButNotBidAfterClosing() {
      var past = withClose(TODAY.minusYears(1), TODAY.minusYears(1).plusDays(1));

      assertThat(problems(RegistrationRules.draft(past))).containsExactly("bidDate.AFTER_CLOSE");
    }

    @Test
    void emptyLinesAreDroppedIncompleteOnesRefused() {
      var lines =
          Arrays.asList(
              new LineForm(" ", null),
              null,
              new LineForm("伺服电机", null),
              new LineForm(null, 2),
              new LineForm("x".repeat(101), 0));

      assertThat(problems(RegistrationRules.draft(withLines(lines))))
          .containsExactly(
              "lines[0].quantity.REQUIRED",
              "lines[1].product.REQUIRED",
              "lines[2].product.TOO_LONG",
              "lines[2].quantity.RANGE");
    }

    @Test
    void atMostAHundredLines() {
      var lines = java.util.Collections.nCopies(101, new LineForm("SKU", 1));

      assertThat(problems(RegistrationRules.draft(withLines(lines))))
          .containsExactly("lines.TOO_MANY");
    }
  }

  @Nested
  class Amounts {

    @ParameterizedTest
    @CsvSource({
      "-0.01, estimatedAmount.NEGATIVE",
      "0.001, estimatedAmount.SCALE",
      "12345678901234, estimatedAmount.TOO_LARGE"
    })
    void amountsAreCentsUpToThirteenDigits(String amount, String reason) {
      assertThat(problems(RegistrationRules.draft(withAmount(new BigDecimal(amount)))))
          .containsExactly(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.10", "9999999999999.99", "1.500"})
    void validAmounts(String amount) {
      assertThat(problems(RegistrationRules.draft(withAmount(new BigDecimal(amount))))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"usd, USD", "ＥＵＲ, EUR", "' cny ', CNY"})
    void currenciesAreIsoCodesInAnyCase(String typed, String stored) {
      assertThat(valid(RegistrationRules.draft(withCurrency(typed))).currency()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RMB", "元", "CN", "EURO"})
    void unknownCurrenciesAreRefused(String typed) {
      assertThat(problems(RegistrationRules.draft(withCurrency(typed))))
          .containsExactly("currency.UNKNOWN");
    }

    @ParameterizedTest
    @CsvSource({"-1, true", "0, false", "100, false", "101, true"})
    void winProbabilityIsAPercentage(int probability, boolean refused) {
      var form =
          new RegistrationForm(
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              probability,
              null,
              null);

      assertThat(problems(RegistrationRules.draft(form)))
          .isEqualTo(refused ? List.of("winProbability.RANGE") : List.of());
    }

    @Test
    void aNegativeBudgetIsRefused() {
      var form =
          new RegistrationForm(
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              new BigDecimal("-1"),
              null,
              null,
              null);

      assertThat(problems(RegistrationRules.draft(form)))
          .containsExactly("customerBudget.NEGATIVE");
    }
  }

  @Nested
  class Text {

    @Test
    void controlCharactersAreRefusedLineBreaksInNotesAreNot() {
      var form =
          new RegistrationForm(
              null,
              CustomerForm.named("深圳\u202E利泰"),
              "王\u0000建新",
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              "第一行\r\n\t第二行");

      assertThat(problems(RegistrationRules.draft(form)))
          .containsExactly("customer.name.CONTROL_CHARACTER", "contactName.CONTROL_CHARACTER");
    }

    @Test
    void notesAreLimitedTo4000Characters() {
      var notes = "报".repeat(4001);
      var form =
          new RegistrationForm(
              null, null, null, null, null, null, null, null, null, null, null, null, null, notes);

      assertThat(problems(RegistrationRules.draft(form))).containsExactly("notes.TOO_LONG");
    }

    @Test
    void contactsAreCheckedForFormat() {
      var form =
          new RegistrationForm(
              null,
              null,
              "王建新",
              "call me",
              "not-an-address",
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null);

      assertThat(problems(RegistrationRules.draft(form)))
          .containsExactly("contactPhone.FORMAT", "contactEmail.FORMAT");
    }
  }

  private static RegistrationForm valid(RegistrationCheck check) {
    assertThat(check).isInstanceOf(RegistrationCheck.Valid.class);
    return ((RegistrationCheck.Valid) check).form();
  }

  private static List<String> problems(RegistrationCheck check) {
    return check instanceof RegistrationCheck.Invalid invalid
        ? invalid.problems().stream().map(p -> p.reason()).toList()
        : List.of();
  }

  private static RegistrationForm withClose(LocalDate close, LocalDate bid) {
    var f = COMPLETE;
    return new RegistrationForm(
        f.customerId(),
        f.customer(),
        f.contactName(),
        f.contactPhone(),
        f.contactEmail(),
        f.lines(),
        f.estimatedAmount(),
        f.currency(),
        close,
        bid,
        f.customerBudget(),
        f.winProbability(),
        f.stage(),
        f.notes());
  }

  private static RegistrationForm withLines(List<LineForm> lines) {
    return new RegistrationForm(
        null, null, null, null, null, lines, null, null, null, null, null, null, null, null);
  }

  private static RegistrationForm withAmount(BigDecimal amount) {
    return new RegistrationForm(
        null, null, null, null, null, null, amount, null, null, null, null, null, null, null);
  }

  private static RegistrationForm withCurrency(String currency) {
    return new RegistrationForm(
        null, null, null, null, null, null, null, currency, null, null, null, null, null, null);
  }

  private static RegistrationForm withCustomer(RegistrationForm f, String uscc) {
    var c = f.customer();
    var customer =
        new CustomerForm(
            c.name(),
            uscc,
            c.industry(),
            c.subIndustry(),
            c.phone(),
            c.fax(),
            c.email(),
            c.website(),
            c.province(),
            c.city(),
            c.address(),
            null);
    return new RegistrationForm(
        f.customerId(),
        customer,
        f.contactName(),
        f.contactPhone(),
        f.contactEmail(),
        f.lines(),
        f.estimatedAmount(),
        f.currency(),
        f.expectedCloseDate(),
        f.bidDate(),
        f.customerBudget(),
        f.winProbability(),
        f.stage(),
        f.notes());
  }
}
