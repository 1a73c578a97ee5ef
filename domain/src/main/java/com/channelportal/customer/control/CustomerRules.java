package com.channelportal.customer.control;

import static com.channelportal.customer.entity.CustomerDetails.ADDRESS_MAX_LENGTH;
import static com.channelportal.customer.entity.CustomerDetails.CITY_MAX_LENGTH;
import static com.channelportal.customer.entity.CustomerDetails.EMAIL_MAX_LENGTH;
import static com.channelportal.customer.entity.CustomerDetails.FAX_MAX_LENGTH;
import static com.channelportal.customer.entity.CustomerDetails.INDUSTRY_MAX_LENGTH;
import static com.channelportal.customer.entity.CustomerDetails.NAME_MAX_LENGTH;
import static com.channelportal.customer.entity.CustomerDetails.PHONE_MAX_LENGTH;
import static com.channelportal.customer.entity.CustomerDetails.PROVINCE_MAX_LENGTH;
import static com.channelportal.customer.entity.CustomerDetails.WEBSITE_MAX_LENGTH;
import static com.channelportal.customer.entity.CustomerForm.ADDRESS;
import static com.channelportal.customer.entity.CustomerForm.CITY;
import static com.channelportal.customer.entity.CustomerForm.EMAIL;
import static com.channelportal.customer.entity.CustomerForm.FAX;
import static com.channelportal.customer.entity.CustomerForm.INDUSTRY;
import static com.channelportal.customer.entity.CustomerForm.MASTER_DATA_NUMBER;
import static com.channelportal.customer.entity.CustomerForm.NAME;
import static com.channelportal.customer.entity.CustomerForm.PHONE;
import static com.channelportal.customer.entity.CustomerForm.PROVINCE;
import static com.channelportal.customer.entity.CustomerForm.SUB_INDUSTRY;
import static com.channelportal.customer.entity.CustomerForm.USCC;
import static com.channelportal.customer.entity.CustomerForm.WEBSITE;

import com.channelportal.customer.entity.Customer;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.onboarding.control.FieldProblem;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a customer description. How much is required depends on where it is used: nothing in
 * a registration draft, the name in the brand's master data (whose records often lack a USCC), name
 * and USCC in a submitted registration, because the USCC is the one identifier that tells two
 * namesakes apart.
 */
public final class CustomerRules {

  /** What a description must have, beyond being well-formed. */
  public enum Required {
    NOTHING,
    NAME,
    NAME_AND_USCC
  }

  /** Letters, digits and the separators master-data numbers are written with. */
  private static final Pattern MASTER_DATA_NUMBER_SYNTAX =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_-]*");

  private CustomerRules() {}

  /** Checks a master-data record on its own; the number is checked too. */
  public static CustomerCheck checkMasterData(CustomerForm form) {
    var checks = new FieldChecks();
    var valid = check(form, "", Required.NAME, true, checks);
    var problems = checks.problems();
    return problems.isEmpty()
        ? new CustomerCheck.Valid(valid)
        : new CustomerCheck.Invalid(problems);
  }

  /**
   * Checks {@code form} as part of a larger form, reporting into {@code checks}.
   *
   * @param prefix put before each field name, e.g. {@code customer.}
   * @param masterData whether a master-data number may be given; otherwise it is dropped
   * @return the form trimmed and normalized (USCC canonical, codes and numbers half-width)
   */
  public static CustomerForm check(
      CustomerForm form, String prefix, Required required, boolean masterData, FieldChecks checks) {
    var name =
        checks.text(prefix + NAME, form.name(), NAME_MAX_LENGTH, required != Required.NOTHING);
    var uscc = checks.uscc(prefix + USCC, form.uscc(), required == Required.NAME_AND_USCC);
    var industry = checks.text(prefix + INDUSTRY, form.industry(), INDUSTRY_MAX_LENGTH, false);
    var subIndustry =
        checks.text(prefix + SUB_INDUSTRY, form.subIndustry(), INDUSTRY_MAX_LENGTH, false);
    if (subIndustry != null && industry == null && checks.isClean(prefix + SUB_INDUSTRY)) {
      checks.fail(prefix + SUB_INDUSTRY, "WITHOUT_INDUSTRY", "needs the first level too");
    }
    var phone = checks.phone(prefix + PHONE, form.phone(), PHONE_MAX_LENGTH, false);
    var fax = checks.phone(prefix + FAX, form.fax(), FAX_MAX_LENGTH, false);
    var email = checks.email(prefix + EMAIL, form.email(), EMAIL_MAX_LENGTH, false);
    var website = checks.website(prefix + WEBSITE, form.website(), WEBSITE_MAX_LENGTH, false);
    var province = checks.text(prefix + PROVINCE, form.province(), PROVINCE_MAX_LENGTH, false);
    var city = checks.text(prefix + CITY, form.city(), CITY_MAX_LENGTH, false);
    var address = checks.text(prefix + ADDRESS, form.address(), ADDRESS_MAX_LENGTH, false);
    var number = masterData ? masterDataNumber(prefix, form.masterDataNumber(), checks) : null;
    return new CustomerForm(
        name,
        uscc,
        industry,
        subIndustry,
        phone,
        fax,
        email,
        website,
        province,
        city,
        address,
        number);
  }

  private static @Nullable String masterDataNumber(
      String prefix, @Nullable String raw, FieldChecks checks) {
    var field = prefix + MASTER_DATA_NUMBER;
    var typed = checks.text(field, raw, Customer.MASTER_DATA_NUMBER_MAX_LENGTH, false);
    if (typed == null || !checks.isClean(field)) {
      return typed;
    }
    var number = Normalizer.normalize(typed, Normalizer.Form.NFKC);
    if (!MASTER_DATA_NUMBER_SYNTAX.matcher(number).matches()) {
      checks.fail(field, "FORMAT", "letters, digits, - / and _");
    }
    return number;
  }

  /** The outcome of {@link #checkMasterData}. */
  public sealed interface CustomerCheck {

    record Valid(CustomerForm form) implements CustomerCheck {}

    record Invalid(List<FieldProblem> problems) implements CustomerCheck {

      public Invalid {
        problems = List.copyOf(problems);
      }
    }
  }
}
