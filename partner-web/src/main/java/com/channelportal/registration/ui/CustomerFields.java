package com.channelportal.registration.ui;

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
import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.partner.control.CreditCodeCheck;
import com.channelportal.partner.control.UnifiedSocialCreditCode;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The customer part of the registration editor: pick one of the company's customers, or describe a
 * new one. A picked customer fills the fields read-only, because the domain copies the record's
 * description and ignores what is typed.
 */
class CustomerFields extends FormLayout {

  /** The company's customers, as the view finds them through the customer boundary. */
  interface CustomerLookup {
    Stream<Customer> find(String text, int offset, int limit);

    Optional<Customer> get(long id);
  }

  private final ComboBox<Customer> existing = new ComboBox<>();
  private final ComboBox<String> industry = new ComboBox<>();
  private final ComboBox<String> subIndustry = new ComboBox<>();
  private final Map<String, AbstractField<?, String>> fields = new LinkedHashMap<>();
  private final CustomerLookup lookup;

  CustomerFields(CustomerLookup lookup) {
    this.lookup = lookup;
    configureExisting();
    text(NAME, CustomerDetails.NAME_MAX_LENGTH).setRequiredIndicatorVisible(true);
    var uscc = text(USCC, 18);
    uscc.setRequiredIndicatorVisible(true);
    uscc.setHelperText(getTranslation("partner.uscc.help"));
    suggest(industry, INDUSTRY, Industries.firstLevel());
    suggest(subIndustry, SUB_INDUSTRY, List.of());
    industry.addValueChangeListener(
        change -> subIndustry.setItems(withValue(Industries.secondLevel(change.getValue()), "")));
    text(PHONE, CustomerDetails.PHONE_MAX_LENGTH);
    text(EMAIL, CustomerDetails.EMAIL_MAX_LENGTH);
    text(WEBSITE, CustomerDetails.WEBSITE_MAX_LENGTH);
    text(PROVINCE, CustomerDetails.PROVINCE_MAX_LENGTH);
    text(CITY, CustomerDetails.CITY_MAX_LENGTH);
    text(ADDRESS, CustomerDetails.ADDRESS_MAX_LENGTH);
    setColspan(existing, 2);
    setColspan(fields.get(ADDRESS), 2);
  }

  static String labelKey(String field) {
    return "registration.customer." + field;
  }

  /** Binds every customer field to the draft's {@link CustomerForm}, one component at a time. */
  void bind(Binder<RegistrationDraft> binder) {
    fields.forEach(
        (name, field) -> {
          var binding = binder.forField(field);
          if (USCC.equals(name)) {
            binding = binding.withValidator(this::checkUscc);
          }
          binding.bind(
              d -> valueOf(field, asMap(d.getCustomer()).get(name)), (d, v) -> set(d, name, v));
        });
    binder.forField(existing).bind(d -> picked(d.getCustomerId()), this::pick);
  }

  /** Shows the picked customer read-only, or opens the fields again when the pick is cleared. */
  private void show(@Nullable Customer customer) {
    if (customer != null) {
      var description = asMap(customer.getDetails().toForm(null));
      industry.setItems(withValue(Industries.firstLevel(), description.get(INDUSTRY)));
      subIndustry.setItems(withValue(List.of(), description.get(SUB_INDUSTRY)));
      fields.forEach((name, field) -> field.setValue(valueOf(field, description.get(name))));
    }
    fields.values().forEach(field -> field.setReadOnly(customer != null));
  }

  /** Before a draft is read: its industries must be among the items to be shown. */
  void prepare(RegistrationDraft draft) {
    var customer = draft.getCustomer();
    industry.setItems(withValue(Industries.firstLevel(), customer.industry()));
    subIndustry.setItems(
        withValue(Industries.secondLevel(customer.industry()), customer.subIndustry()));
  }

  void clearProblems() {
    existing.setInvalid(false);
    fields.values().forEach(field -> ((HasValidation) field).setInvalid(false));
  }

  Optional<HasValidation> fieldFor(String field) {
    if (field.equals("customerId")) {
      return Optional.of(existing);
    }
    if (!field.startsWith("customer.")) {
      return Optional.empty();
    }
    return Optional.ofNullable((HasValidation) fields.get(field.substring("customer.".length())));
  }

  private void configureExisting() {
    existing.setId("registration-customer");
    existing.setLabel(getTranslation("registration.customer.existing"));
    existing.setHelperText(getTranslation("registration.customer.existing.help"));
    existing.setClearButtonVisible(true);
    existing.setItemLabelGenerator(
        c ->
            c.getDetails().getUscc() == null
                ? c.getName()
                : c.getName() + " · " + c.getDetails().getUscc());
    existing.setItems(
        query -> lookup.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()));
    existing.addValueChangeListener(change -> show(change.getValue()));
    add(existing);
  }

  private @Nullable Customer picked(@Nullable Long customerId) {
    return customerId == null ? null : lookup.get(customerId).orElse(null);
  }

  private void pick(RegistrationDraft draft, @Nullable Customer customer) {
    draft.setCustomerId(customer == null ? null : customer.getId());
  }

  private TextField text(String name, int maxLength) {
    var field = new TextField(getTranslation(labelKey(name)));
    field.setMaxLength(maxLength);
    register(name, field);
    return field;
  }

  private void suggest(ComboBox<String> box, String name, List<String> items) {
    box.setLabel(getTranslation(labelKey(name)));
    box.setAllowCustomValue(true);
    box.setClearButtonVisible(true);
    box.setItems(items);
    box.addCustomValueSetListener(
        custom -> {
          box.setItems(withValue(items, custom.getDetail()));
          box.setValue(custom.getDetail());
        });
    register(name, box);
  }

  private void register(String name, AbstractField<?, String> field) {
    field.setId("customer-" + name);
    fields.put(name, field);
    add(field);
  }

  /** The same GB 32100-2015 check the server makes, while the user types. */
  private ValidationResult checkUscc(String value, ValueContext context) {
    if (value == null || value.isBlank()) {
      return ValidationResult.ok();
    }
    return UnifiedSocialCreditCode.check(value) instanceof CreditCodeCheck.Invalid invalid
        ? ValidationResult.error(
            getTranslation(
                RegistrationTexts.invalidKey("customer.uscc", "uscc." + invalid.reason())))
        : ValidationResult.ok();
  }

  /** The field's own empty value ("" for a text field, null for a combo box) for no value. */
  private static @Nullable String valueOf(AbstractField<?, String> field, @Nullable String value) {
    return value == null ? field.getEmptyValue() : value;
  }

  private static List<String> withValue(List<String> items, @Nullable String value) {
    if (value == null || value.isBlank() || items.contains(value)) {
      return items;
    }
    var all = new ArrayList<>(items);
    all.add(value);
    return all;
  }

  private static void set(RegistrationDraft draft, String name, @Nullable String value) {
    var customer = asMap(draft.getCustomer());
    customer.put(name, value == null || value.isBlank() ? null : value);
    draft.setCustomer(fromMap(customer));
  }

  private static Map<String, String> asMap(CustomerForm f) {
    var map = new LinkedHashMap<String, String>();
    map.put(NAME, f.name());
    map.put(USCC, f.uscc());
    map.put(INDUSTRY, f.industry());
    map.put(SUB_INDUSTRY, f.subIndustry());
    map.put(PHONE, f.phone());
    map.put(FAX, f.fax());
    map.put(EMAIL, f.email());
    map.put(WEBSITE, f.website());
    map.put(PROVINCE, f.province());
    map.put(CITY, f.city());
    map.put(ADDRESS, f.address());
    map.put(MASTER_DATA_NUMBER, f.masterDataNumber());
    return map;
  }

  private static CustomerForm fromMap(Map<String, String> m) {
    return new CustomerForm(
        m.get(NAME),
        m.get(USCC),
        m.get(INDUSTRY),
        m.get(SUB_INDUSTRY),
        m.get(PHONE),
        m.get(FAX),
        m.get(EMAIL),
        m.get(WEBSITE),
        m.get(PROVINCE),
        m.get(CITY),
        m.get(ADDRESS),
        m.get(MASTER_DATA_NUMBER));
  }
}
