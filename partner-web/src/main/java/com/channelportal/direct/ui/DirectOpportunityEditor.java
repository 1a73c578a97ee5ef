package com.channelportal.direct.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.ui.FieldProblems;
import com.channelportal.base.ui.IsoDates;
import com.channelportal.customer.entity.Customer;
import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.direct.control.DirectOpportunityRules;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.direct.entity.DirectOpportunityForm;
import com.channelportal.direct.entity.DirectOpportunityStage;
import com.channelportal.partner.control.CreditCodeCheck;
import com.channelportal.partner.control.UnifiedSocialCreditCode;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits a direct opportunity: a brand customer picked from the master, or one typed with
 * the partners' customer fields, and the commercial side. Buffered: the view saves through the
 * boundary on {@link SaveEvent}, and the domain's refusals come back to their fields.
 */
class DirectOpportunityEditor extends Dialog {

  static final List<String> CURRENCIES = List.of("CNY", "USD", "EUR", "HKD", "JPY", "GBP");

  /** The brand customers whose name contains a text. */
  interface BrandCustomers {
    Stream<Customer> find(String text, int limit);
  }

  private final TextField title = new TextField();
  private final ComboBox<Customer> picked = new ComboBox<>();
  private final TextField name = new TextField();
  private final TextField uscc = new TextField();
  private final TextField phone = new TextField();
  private final TextField email = new TextField();
  private final TextField website = new TextField();
  private final TextField province = new TextField();
  private final TextField city = new TextField();
  private final TextField owner = new TextField();
  private final BigDecimalField amount = new BigDecimalField();
  private final ComboBox<String> currency = new ComboBox<>();
  private final DatePicker closeDate = new DatePicker();
  private final Select<DirectOpportunityStage> stage = new Select<>();
  private final TextArea notes = new TextArea();
  private final Paragraph problems = new Paragraph();
  private final Button save = new Button();
  private final Binder<DirectDraft> binder = new Binder<>(DirectDraft.class);
  private final Supplier<LocalDate> today;
  private DirectDraft draft = new DirectDraft();

  DirectOpportunityEditor(
      BrandCustomers customers, boolean mayNameOwner, Supplier<LocalDate> today) {
    this.today = today;
    setId("direct-editor");
    setWidth("min(56rem, 100vw)");
    configureFields(customers);
    owner.setVisible(mayNameOwner);
    configureBinder();
    problems.setId("direct-editor-problems");
    problems.addClassName("form-problems");
    problems.setVisible(false);
    var form =
        new FormLayout(
            title, picked, name, uscc, phone, email, website, province, city, owner, amount,
            currency, closeDate, stage, notes);
    form.setColspan(title, 2);
    form.setColspan(picked, 2);
    form.setColspan(name, 2);
    form.setColspan(notes, 2);
    add(problems, form);
    var cancel = new Button(getTranslation("action.cancel"), click -> close());
    cancel.setId("direct-cancel");
    save.setId("direct-save");
    save.setText(getTranslation("direct.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(click -> write());
    getFooter().add(cancel, save);
  }

  void edit(DirectDraft edited) {
    draft = new DirectDraft();
    picked.setValue(null);
    draft = edited;
    setHeaderTitle(
        getTranslation(edited.getId() == null ? "direct.editor.new" : "direct.editor.edit"));
    binder.readBean(edited);
    typedReadOnly(edited.getCustomerId() != null);
    clearProblems();
    updateButtons();
    open();
  }

  /** The domain's refusals, each at its field; those without a field above the form. */
  void showProblems(List<InvalidField.Problem> refused) {
    clearProblems();
    var unplaced =
        FieldProblems.place(
            refused,
            problem -> getTranslation(DirectTexts.invalidKey(problem.field(), problem.reason())),
            this::fieldFor);
    problems.setText(getTranslation("direct.editor.problems", String.join(" ", unplaced)));
    problems.setVisible(true);
  }

  com.vaadin.flow.shared.Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  private Optional<HasValidation> fieldFor(String field) {
    Map<String, HasValidation> fields =
        Map.ofEntries(
            Map.entry(DirectOpportunityForm.TITLE, title),
            Map.entry(DirectOpportunityForm.CUSTOMER_ID, picked),
            Map.entry("customer.name", name),
            Map.entry("customer.uscc", uscc),
            Map.entry("customer.phone", phone),
            Map.entry("customer.email", email),
            Map.entry("customer.website", website),
            Map.entry("customer.province", province),
            Map.entry("customer.city", city),
            Map.entry(DirectOpportunityForm.OWNER, owner),
            Map.entry(DirectOpportunityForm.ESTIMATED_AMOUNT, amount),
            Map.entry(DirectOpportunityForm.CURRENCY, currency),
            Map.entry(DirectOpportunityForm.EXPECTED_CLOSE_DATE, closeDate),
            Map.entry(DirectOpportunityForm.NOTES, notes));
    return Optional.ofNullable(fields.get(field));
  }

  private void clearProblems() {
    problems.setVisible(false);
    List<HasValidation> all =
        List.of(
            title, picked, name, uscc, phone, email, website, province, city, owner, amount,
            currency, closeDate, notes);
    all.forEach(field -> field.setInvalid(false));
  }

  private void configureFields(BrandCustomers customers) {
    text(title, "direct-title", "direct.title", DirectOpportunity.TITLE_MAX_LENGTH);
    title.setRequiredIndicatorVisible(true);
    picked.setId("direct-customer-pick");
    picked.setLabel(getTranslation("direct.customer.pick"));
    picked.setHelperText(getTranslation("direct.customer.pick.help"));
    picked.setItemLabelGenerator(DirectOpportunityEditor::describe);
    picked.setItems(query -> customers.find(query.getFilter().orElse(""), query.getLimit()));
    picked.addValueChangeListener(change -> pick(change.getValue()));
    text(name, "direct-customer-name", "direct.customer.name", CustomerDetails.NAME_MAX_LENGTH);
    name.setRequiredIndicatorVisible(true);
    text(uscc, "direct-customer-uscc", "direct.customer.uscc", 18);
    text(phone, "direct-customer-phone", "direct.customer.phone", CustomerDetails.PHONE_MAX_LENGTH);
    text(email, "direct-customer-email", "direct.customer.email", CustomerDetails.EMAIL_MAX_LENGTH);
    text(
        website,
        "direct-customer-website",
        "direct.customer.website",
        CustomerDetails.WEBSITE_MAX_LENGTH);
    text(
        province,
        "direct-customer-province",
        "direct.customer.province",
        CustomerDetails.PROVINCE_MAX_LENGTH);
    text(city, "direct-customer-city", "direct.customer.city", CustomerDetails.CITY_MAX_LENGTH);
    text(owner, "direct-owner", "direct.owner", DirectOpportunity.OWNER_MAX_LENGTH);
    owner.setHelperText(getTranslation("direct.owner.help"));
    amount.setId("direct-amount");
    amount.setLabel(getTranslation("direct.amount"));
    currency.setId("direct-currency");
    currency.setLabel(getTranslation("direct.currency"));
    currency.setItems(CURRENCIES);
    IsoDates.configure(closeDate).setId("direct-close-date");
    closeDate.setLabel(getTranslation("direct.close-date"));
    stage.setId("direct-stage");
    stage.setLabel(getTranslation("direct.stage"));
    stage.setItems(DirectOpportunityStage.values());
    stage.setEmptySelectionAllowed(true);
    stage.setItemLabelGenerator(s -> s == null ? "" : getTranslation(DirectTexts.stageKey(s)));
    notes.setId("direct-notes");
    notes.setLabel(getTranslation("direct.notes"));
    notes.setMaxLength(DirectOpportunity.NOTES_MAX_LENGTH);
  }

  private void configureBinder() {
    var required = getTranslation("direct.invalid.REQUIRED");
    binder.forField(title).asRequired(required).bind(DirectDraft::getTitle, DirectDraft::setTitle);
    binder
        .forField(name)
        .asRequired(required)
        .bind(DirectDraft::getCustomerName, DirectDraft::setCustomerName);
    binder
        .forField(uscc)
        .withValidator(this::checkUscc)
        .bind(DirectDraft::getUscc, DirectDraft::setUscc);
    binder.forField(phone).bind(DirectDraft::getPhone, DirectDraft::setPhone);
    binder.forField(email).bind(DirectDraft::getEmail, DirectDraft::setEmail);
    binder.forField(website).bind(DirectDraft::getWebsite, DirectDraft::setWebsite);
    binder.forField(province).bind(DirectDraft::getProvince, DirectDraft::setProvince);
    binder.forField(city).bind(DirectDraft::getCity, DirectDraft::setCity);
    binder.forField(owner).bind(DirectDraft::getOwner, DirectDraft::setOwner);
    binder
        .forField(amount)
        .withValidator(this::checkAmount)
        .bind(DirectDraft::getEstimatedAmount, DirectDraft::setEstimatedAmount);
    binder
        .forField(currency)
        .asRequired(required)
        .bind(DirectDraft::getCurrency, DirectDraft::setCurrency);
    binder
        .forField(closeDate)
        .withValidator(this::checkCloseDate)
        .bind(DirectDraft::getExpectedCloseDate, DirectDraft::setExpectedCloseDate);
    binder.forField(stage).bind(DirectDraft::getStage, DirectDraft::setStage);
    binder.forField(notes).bind(DirectDraft::getNotes, DirectDraft::setNotes);
    binder.addStatusChangeListener(status -> updateButtons());
  }

  /** A picked brand customer replaces the typed description, which then only shows it. */
  private void pick(@Nullable Customer customer) {
    draft.setCustomerId(customer == null ? null : customer.getId());
    typedReadOnly(customer != null);
    if (customer != null) {
      var d = customer.getDetails();
      name.setValue(orEmpty(d.getName()));
      uscc.setValue(orEmpty(d.getUscc()));
      phone.setValue(orEmpty(d.getPhone()));
      email.setValue(orEmpty(d.getEmail()));
      website.setValue(orEmpty(d.getWebsite()));
      province.setValue(orEmpty(d.getProvince()));
      city.setValue(orEmpty(d.getCity()));
    }
    updateButtons();
  }

  private void typedReadOnly(boolean readOnly) {
    List.of(name, uscc, phone, email, website, province, city)
        .forEach(field -> field.setReadOnly(readOnly));
  }

  private ValidationResult checkUscc(String value, ValueContext context) {
    if (value == null || value.isBlank()) {
      return ValidationResult.ok();
    }
    return UnifiedSocialCreditCode.check(value) instanceof CreditCodeCheck.Invalid invalid
        ? ValidationResult.error(
            getTranslation(
                DirectTexts.invalidKey("customer.uscc", "customer.uscc." + invalid.reason())))
        : ValidationResult.ok();
  }

  private ValidationResult checkAmount(@Nullable BigDecimal value, ValueContext context) {
    if (value == null) {
      return ValidationResult.ok();
    }
    if (value.signum() < 0) {
      return ValidationResult.error(getTranslation("direct.invalid.NEGATIVE"));
    }
    var plain = value.stripTrailingZeros();
    if (plain.scale() > DirectOpportunityRules.AMOUNT_SCALE) {
      return ValidationResult.error(getTranslation("direct.invalid.SCALE"));
    }
    if (plain.precision() - plain.scale() > DirectOpportunityRules.AMOUNT_INTEGER_DIGITS) {
      return ValidationResult.error(getTranslation("direct.invalid.TOO_LARGE"));
    }
    return ValidationResult.ok();
  }

  /** A passed date the opportunity already had may stay; a new one lies ahead. */
  private ValidationResult checkCloseDate(@Nullable LocalDate value, ValueContext context) {
    if (value == null || value.equals(draft.getExpectedCloseDate())) {
      return ValidationResult.ok();
    }
    return value.isBefore(today.get())
        ? ValidationResult.error(getTranslation("direct.invalid.PAST"))
        : ValidationResult.ok();
  }

  private void write() {
    if (binder.writeBeanIfValid(draft)) {
      fireEvent(new SaveEvent(this, draft));
    }
  }

  private void updateButtons() {
    save.setEnabled(
        binder.isValid()
            && (binder.hasChanges() || draft.getId() == null || picked.getValue() != null));
  }

  private void text(TextField field, String id, String labelKey, int maxLength) {
    field.setId(id);
    field.setLabel(getTranslation(labelKey));
    field.setMaxLength(maxLength);
  }

  private static String describe(Customer customer) {
    var number = customer.getMasterDataNumber();
    return number == null ? customer.getName() : customer.getName() + " · " + number;
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  static class SaveEvent extends ComponentEvent<DirectOpportunityEditor> {
    private final DirectDraft draft;

    SaveEvent(DirectOpportunityEditor source, DirectDraft draft) {
      super(source, false);
      this.draft = draft;
    }

    DirectDraft draft() {
      return draft;
    }
  }
}
