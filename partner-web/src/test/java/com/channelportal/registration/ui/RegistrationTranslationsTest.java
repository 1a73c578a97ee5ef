package com.channelportal.registration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.matching.control.MatchKey;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.matching.entity.MatchReason;
import com.channelportal.partner.control.CreditCodeCheck;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.boundary.Submission;
import com.channelportal.registration.control.AvailabilityQuery;
import com.channelportal.registration.control.RegistrationCheck;
import com.channelportal.registration.control.RegistrationRules;
import com.channelportal.registration.entity.AvailabilityAnswer;
import com.channelportal.registration.entity.DealStage;
import com.channelportal.registration.entity.LineForm;
import com.channelportal.registration.entity.RegistrationForm;
import com.channelportal.registration.entity.RegistrationStatus;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The registration pages build their keys at run time: statuses, stages, candidate kinds, the
 * availability answers, every reason code of the matcher with its named parameters, the customer
 * field labels, and the domain's refusals. Each must have a text in both languages.
 */
class RegistrationTranslationsTest {

  private static final Pattern NAMED_PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");

  /** The refusals the registration rules give, per field (RegistrationRules, CustomerRules …). */
  static final Map<String, List<String>> REASONS =
      Map.ofEntries(
          Map.entry("customerId", List.of("NOT_FOUND")),
          Map.entry("customer.name", List.of("REQUIRED", "TOO_LONG", "CONTROL_CHARACTER")),
          Map.entry("customer.industry", List.of("TOO_LONG", "CONTROL_CHARACTER")),
          Map.entry(
              "customer.subIndustry", List.of("TOO_LONG", "CONTROL_CHARACTER", "WITHOUT_INDUSTRY")),
          Map.entry("customer.phone", List.of("TOO_LONG", "CONTROL_CHARACTER", "FORMAT")),
          Map.entry("customer.fax", List.of("TOO_LONG", "CONTROL_CHARACTER", "FORMAT")),
          Map.entry("customer.email", List.of("TOO_LONG", "CONTROL_CHARACTER", "FORMAT")),
          Map.entry("customer.website", List.of("TOO_LONG", "CONTROL_CHARACTER", "FORMAT")),
          Map.entry("customer.province", List.of("TOO_LONG", "CONTROL_CHARACTER")),
          Map.entry("customer.city", List.of("TOO_LONG", "CONTROL_CHARACTER")),
          Map.entry("customer.address", List.of("TOO_LONG", "CONTROL_CHARACTER")),
          Map.entry("contactName", List.of("REQUIRED", "TOO_LONG", "CONTROL_CHARACTER")),
          Map.entry("contactPhone", List.of("REQUIRED", "TOO_LONG", "CONTROL_CHARACTER", "FORMAT")),
          Map.entry("contactEmail", List.of("TOO_LONG", "CONTROL_CHARACTER", "FORMAT")),
          Map.entry("lines", List.of("REQUIRED", "TOO_MANY")),
          Map.entry("lines[0].product", List.of("REQUIRED", "TOO_LONG", "CONTROL_CHARACTER")),
          Map.entry("lines[3].quantity", List.of("REQUIRED", "RANGE")),
          Map.entry("estimatedAmount", List.of("REQUIRED", "NEGATIVE", "SCALE", "TOO_LARGE")),
          Map.entry("customerBudget", List.of("NEGATIVE", "SCALE", "TOO_LARGE")),
          Map.entry("currency", List.of("UNKNOWN")),
          Map.entry("expectedCloseDate", List.of("REQUIRED", "PAST")),
          Map.entry("bidDate", List.of("AFTER_CLOSE")),
          Map.entry("winProbability", List.of("RANGE")),
          Map.entry("notes", List.of("TOO_LONG", "CONTROL_CHARACTER")),
          Map.entry("reason", List.of("TOO_LONG", "CONTROL_CHARACTER")),
          Map.entry(
              AvailabilityQuery.FIELD,
              List.of("REQUIRED", "TOO_LONG", "CONTROL_CHARACTER", "FORMAT", "NOT_DISTINCTIVE")));

  /** Keys handed around as arguments, which the literal-key scan does not see. */
  static final List<String> PASSED_KEYS =
      List.of(
          "registration.contact",
          "registration.created",
          "registration.protected-until",
          "registration.edit",
          "registration.withdraw",
          "registration.editor.new",
          "registration.editor.edit",
          "registration.candidate.registration.label",
          "registration.candidate.customer.label",
          "registration.candidate.direct-opportunity.label",
          "registrations.saved",
          "registrations.approved",
          "registrations.under-review",
          "registrations.withdrawn");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "vaadin-i18n/translations.properties",
        "vaadin-i18n/translations_zh_CN.properties"
      })
  void everyValueBuiltAtRunTimeHasAText(String bundle) throws IOException {
    var texts = load(bundle);
    for (RegistrationStatus status : RegistrationStatus.values()) {
      assertThat(texts).containsKey(RegistrationTexts.statusKey(status));
    }
    for (DealStage stage : DealStage.values()) {
      assertThat(texts).containsKey(RegistrationTexts.stageKey(stage));
    }
    for (CandidateKind kind : CandidateKind.values()) {
      assertThat(texts).containsKey(RegistrationTexts.candidateKey(kind));
    }
    for (AvailabilityAnswer.Kind kind : AvailabilityAnswer.Kind.values()) {
      assertThat(texts).containsKey(RegistrationTexts.answerKey(kind));
    }
    for (String field : customerFields()) {
      assertThat(texts).containsKey(CustomerFields.labelKey(field));
    }
    for (String code : List.of(Registrations.TRANSITION, Submission.PARTNER_NOT_ACTIVE)) {
      assertThat(texts).containsKey(RegistrationTexts.ruleKey(code));
    }
    PASSED_KEYS.forEach(key -> assertThat(texts).containsKey(key));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "vaadin-i18n/translations.properties",
        "vaadin-i18n/translations_zh_CN.properties"
      })
  void everyMatchReasonIsTranslatedWithExactlyItsParameters(String bundle) throws IOException {
    var texts = load(bundle);
    for (MatchReason.Code code : MatchReason.Code.values()) {
      var key = RegistrationTexts.reasonKey(code);
      assertThat(texts).as(key).containsKey(key);
      var template = new MatchReason(code, 0, Map.of()).describe();
      assertThat(parameters(texts.getProperty(key)))
          .as("parameters of %s in %s", key, bundle)
          .isEqualTo(parameters(template));
    }
    for (MatchKey.Kind kind : MatchKey.Kind.values()) {
      assertThat(texts).containsKey(RegistrationTexts.paramValueKey("key", kind.name()));
    }
    for (String why : List.of("free mail", "a shared host")) {
      assertThat(texts).containsKey(RegistrationTexts.paramValueKey("why", why));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "vaadin-i18n/translations.properties",
        "vaadin-i18n/translations_zh_CN.properties"
      })
  void everyRefusalHasAText(String bundle) throws IOException {
    var texts = load(bundle);
    REASONS.forEach(
        (field, codes) ->
            codes.forEach(
                code ->
                    assertThat(texts)
                        .as("%s %s", field, code)
                        .containsKey(RegistrationTexts.invalidKey(field, field + "." + code))));
    for (CreditCodeCheck.Reason reason : CreditCodeCheck.Reason.values()) {
      assertThat(texts).containsKey(RegistrationTexts.invalidKey("customer.uscc", "x." + reason));
      assertThat(texts).containsKey(RegistrationTexts.invalidKey("query", "query." + reason));
    }
    assertThat(texts).containsKey(RegistrationTexts.invalidKey("customer.uscc", "x.REQUIRED"));
    for (var problem : problemsOfBadForms()) {
      assertThat(texts)
          .as("the rules' own refusal %s", problem)
          .containsKey(RegistrationTexts.invalidKey(problem[0], problem[1]));
    }
  }

  /** Whatever the rules really answer to forms broken in every way they check. */
  private static List<String[]> problemsOfBadForms() {
    var customer =
        new CustomerForm(
            "x".repeat(300),
            "91440300MA5DLT2K0Q",
            null,
            "仪器仪表",
            "call me",
            "fax me",
            "not an address",
            "not a website",
            "省\u0007",
            "c".repeat(40),
            "a".repeat(300),
            null);
    var form =
        new RegistrationForm(
            null,
            customer,
            "\u0001",
            "phone",
            "mail@",
            List.of(new LineForm("", 3), new LineForm("p", 0), new LineForm("q", null)),
            new BigDecimal("-1"),
            "XXX",
            LocalDate.of(2000, 1, 1),
            LocalDate.of(2000, 2, 1),
            new BigDecimal("1.234"),
            101,
            null,
            "n".repeat(5000));
    var problems = new ArrayList<String[]>();
    var check = RegistrationRules.submission(form, LocalDate.of(2026, 1, 1));
    assertThat(check).isInstanceOf(RegistrationCheck.Invalid.class);
    ((RegistrationCheck.Invalid) check)
        .problems()
        .forEach(p -> problems.add(new String[] {p.field(), p.reason()}));
    var empty = RegistrationRules.submission(RegistrationForm.EMPTY, LocalDate.of(2026, 1, 1));
    ((RegistrationCheck.Invalid) empty)
        .problems()
        .forEach(p -> problems.add(new String[] {p.field(), p.reason()}));
    for (String query : List.of("", "有限公司", "91440300MA5DLT2K0Q", "a@b")) {
      AvailabilityQuery.parse(query)
          .problems()
          .forEach(p -> problems.add(new String[] {p.field(), p.reason()}));
    }
    assertThat(problems).hasSizeGreaterThan(20);
    return problems;
  }

  private static Set<String> customerFields() {
    return Set.of(
        CustomerForm.NAME,
        CustomerForm.USCC,
        CustomerForm.INDUSTRY,
        CustomerForm.SUB_INDUSTRY,
        CustomerForm.PHONE,
        CustomerForm.EMAIL,
        CustomerForm.WEBSITE,
        CustomerForm.PROVINCE,
        CustomerForm.CITY,
        CustomerForm.ADDRESS);
  }

  private static Set<String> parameters(String text) {
    var names = new TreeSet<String>();
    var matcher = NAMED_PARAMETER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static Properties load(String bundle) throws IOException {
    var properties = new Properties();
    try (var in = RegistrationTranslationsTest.class.getClassLoader().getResourceAsStream(bundle)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
