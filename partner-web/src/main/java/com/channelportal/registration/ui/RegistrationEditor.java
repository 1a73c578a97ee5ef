package com.channelportal.registration.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.ui.FieldProblems;
import com.channelportal.base.ui.IsoDates;
import com.channelportal.registration.entity.DealStage;
import com.channelportal.registration.entity.LineForm;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationForm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates and edits a draft in a dialog with a buffered binder: nothing reaches the draft before
 * Save or Submit, and both are enabled only for valid input. The binder checks what the browser can
 * check at once (USCC, amounts, probability, bid before close); what only the server knows comes
 * back as the domain's field problems and is shown at the same fields. The editor fires events and
 * leaves storing to its view.
 */
class RegistrationEditor extends Dialog {

  static final List<String> CURRENCIES = List.of("CNY", "USD", "EUR", "HKD", "JPY", "GBP");

  private final CustomerFields customer;
  private final TextField contactName = new TextField();
  private final TextField contactPhone = new TextField();
  private final TextField contactEmail = new TextField();
  private final LinesEditor lines = new LinesEditor();
  private final BigDecimalField amount = new BigDecimalField();
  private final ComboBox<String> currency = new ComboBox<>();
  private final DatePicker closeDate = new DatePicker();
  private final DatePicker bidDate = new DatePicker();
  private final BigDecimalField budget = new BigDecimalField();
  private final IntegerField probability = new IntegerField();
  private final Select<DealStage> stage = new Select<>();
  private final TextArea notes = new TextArea();
  private final Paragraph problems = new Paragraph();
  private final Button save = new Button();
  private final Button submit = new Button();
  private final Binder<RegistrationDraft> binder = new Binder<>(RegistrationDraft.class);
  private RegistrationDraft draft = new RegistrationDraft();

  RegistrationEditor(CustomerFields.CustomerLookup lookup) {
    customer = new CustomerFields(lookup);
    setId("registration-editor");
    setWidth("min(960px, 96vw)");
    setCloseOnOutsideClick(false);
    configureFields();
    configureBinder();
    problems.setId("registration-problems");
    problems.addClassName("form-problems");
    problems.setVisible(false);
    var deal =
        new FormLayout(amount, currency, closeDate, bidDate, budget, probability, stage, notes);
    deal.setColspan(notes, 2);
    add(
        problems,
        new H4(getTranslation("registration.section.customer")),
        customer,
        new H4(getTranslation("registration.section.contact")),
        new FormLayout(contactName, contactPhone, contactEmail),
        new H4(getTranslation("registration.section.products")),
        lines,
        new H4(getTranslation("registration.section.deal")),
        deal);
    getFooter().add(createButtons());
  }

  void edit(RegistrationDraft edited) {
    draft = edited;
    setHeaderTitle(
        getTranslation(
            edited.getId() == null ? "registration.editor.new" : "registration.editor.edit"));
    customer.prepare(edited);
    currency.setItems(withValue(CURRENCIES, edited.getCurrency()));
    binder.readBean(edited);
    clearProblems();
    updateButtons();
    open();
  }

  /** The draft was stored (and the submission may still have been refused): keep editing it. */
  void saved(Registration stored) {
    draft.savedAs(stored);
  }

  /** The domain's refusals, each at its field; those without a field above the form. */
  void showProblems(List<InvalidField.Problem> refused) {
    clearProblems();
    var unplaced =
        FieldProblems.place(
            refused,
            problem ->
                getTranslation(RegistrationTexts.invalidKey(problem.field(), problem.reason())),
            this::fieldFor);
    problems.setText(getTranslation("registration.editor.problems", String.join(" ", unplaced)));
    problems.setVisible(true);
  }

  com.vaadin.flow.shared.Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  private Optional<HasValidation> fieldFor(String field) {
    Map<String, HasValidation> own =
        Map.ofEntries(
            Map.entry(RegistrationForm.CONTACT_NAME, contactName),
            Map.entry(RegistrationForm.CONTACT_PHONE, contactPhone),
            Map.entry(RegistrationForm.CONTACT_EMAIL, contactEmail),
            Map.entry(RegistrationForm.ESTIMATED_AMOUNT, amount),
            Map.entry(RegistrationForm.CURRENCY, currency),
            Map.entry(RegistrationForm.EXPECTED_CLOSE_DATE, closeDate),
            Map.entry(RegistrationForm.BID_DATE, bidDate),
            Map.entry(RegistrationForm.CUSTOMER_BUDGET, budget),
            Map.entry(RegistrationForm.WIN_PROBABILITY, probability),
            Map.entry(RegistrationForm.STAGE, stage),
            Map.entry(RegistrationForm.NOTES, notes));
    return Optional.ofNullable(own.get(field))
        .or(() -> customer.fieldFor(field))
        .or(() -> lines.fieldFor(field));
  }

  private void clearProblems() {
    problems.setVisible(false);
    lines.clearProblems();
    List<HasValidation> own =
        List.of(
            contactName,
            contactPhone,
            contactEmail,
            amount,
            currency,
            closeDate,
            bidDate,
            budget,
            probability,
            stage,
            notes);
    own.forEach(field -> field.setInvalid(false));
    customer.clearProblems();
  }

  private void configureFields() {
    label(contactName, "registration-contact-name", getTranslation("registration.contact-name"));
    contactName.setMaxLength(Registration.CONTACT_NAME_MAX_LENGTH);
    contactName.setRequiredIndicatorVisible(true);
    label(contactPhone, "registration-contact-phone", getTranslation("registration.contact-phone"));
    contactPhone.setMaxLength(Registration.CONTACT_PHONE_MAX_LENGTH);
    contactPhone.setRequiredIndicatorVisible(true);
    label(contactEmail, "registration-contact-email", getTranslation("registration.contact-email"));
    contactEmail.setMaxLength(Registration.CONTACT_EMAIL_MAX_LENGTH);
    label(amount, "registration-amount", getTranslation("registration.amount"));
    amount.setRequiredIndicatorVisible(true);
    label(currency, "registration-currency", getTranslation("registration.currency"));
    currency.setAllowCustomValue(true);
    currency.addCustomValueSetListener(
        custom -> {
          currency.setItems(withValue(CURRENCIES, custom.getDetail()));
          currency.setValue(custom.getDetail());
        });
    label(
        IsoDates.configure(closeDate),
        "registration-close-date",
        getTranslation("registration.close-date"));
    closeDate.setRequiredIndicatorVisible(true);
    label(
        IsoDates.configure(bidDate),
        "registration-bid-date",
        getTranslation("registration.bid-date"));
    label(budget, "registration-budget", getTranslation("registration.budget"));
    label(probability, "registration-probability", getTranslation("registration.probability"));
    probability.setMin(0);
    probability.setMax(100);
    probability.setStepButtonsVisible(true);
    label(stage, "registration-stage", getTranslation("registration.stage"));
    stage.setItems(DealStage.values());
    stage.setEmptySelectionAllowed(true);
    stage.setItemLabelGenerator(
        s -> s == null ? "" : getTranslation(RegistrationTexts.stageKey(s)));
    label(notes, "registration-notes", getTranslation("registration.notes"));
    notes.setMaxLength(Registration.NOTES_MAX_LENGTH);
    notes.setHelperText(getTranslation("registration.notes.help"));
  }

  private void configureBinder() {
    customer.bind(binder);
    binder
        .forField(contactName)
        .bind(RegistrationDraft::getContactName, RegistrationDraft::setContactName);
    binder
        .forField(contactPhone)
        .bind(RegistrationDraft::getContactPhone, RegistrationDraft::setContactPhone);
    binder
        .forField(contactEmail)
        .bind(RegistrationDraft::getContactEmail, RegistrationDraft::setContactEmail);
    binder
        .forField(lines)
        .withValidator(this::checkLines)
        .bind(RegistrationDraft::getLines, RegistrationDraft::setLines);
    binder
        .forField(amount)
        .withValidator(this::checkAmount)
        .bind(RegistrationDraft::getEstimatedAmount, RegistrationDraft::setEstimatedAmount);
    binder
        .forField(currency)
        .asRequired(getTranslation("registration.invalid.REQUIRED"))
        .bind(RegistrationDraft::getCurrency, RegistrationDraft::setCurrency);
    binder
        .forField(closeDate)
        .bind(RegistrationDraft::getExpectedCloseDate, RegistrationDraft::setExpectedCloseDate);
    var bid =
        binder
            .forField(bidDate)
            .withValidator(this::checkBidDate)
            .bind(RegistrationDraft::getBidDate, RegistrationDraft::setBidDate);
    closeDate.addValueChangeListener(change -> bid.validate());
    binder
        .forField(budget)
        .withValidator(this::checkAmount)
        .bind(RegistrationDraft::getCustomerBudget, RegistrationDraft::setCustomerBudget);
    binder
        .forField(probability)
        .withValidator(
            p -> p == null || p >= 0 && p <= 100,
            getTranslation(RegistrationTexts.invalidKey("winProbability", "winProbability.RANGE")))
        .bind(RegistrationDraft::getWinProbability, RegistrationDraft::setWinProbability);
    binder.forField(stage).bind(RegistrationDraft::getStage, RegistrationDraft::setStage);
    binder.forField(notes).bind(RegistrationDraft::getNotes, RegistrationDraft::setNotes);
    binder.addStatusChangeListener(status -> updateButtons());
  }

  private ValidationResult checkAmount(BigDecimal value, ValueContext context) {
    if (value == null) {
      return ValidationResult.ok();
    }
    if (value.signum() < 0) {
      return ValidationResult.error(getTranslation("registration.invalid.NEGATIVE"));
    }
    if (value.stripTrailingZeros().scale() > Registration.AMOUNT_SCALE) {
      return ValidationResult.error(getTranslation("registration.invalid.SCALE"));
    }
    return ValidationResult.ok();
  }

  private ValidationResult checkBidDate(LocalDate bid, ValueContext context) {
    var close = closeDate.getValue();
    return bid != null && close != null && bid.isAfter(close)
        ? ValidationResult.error(getTranslation("registration.invalid.AFTER_CLOSE"))
        : ValidationResult.ok();
  }

  private ValidationResult checkLines(List<LineForm> value, ValueContext context) {
    var incomplete =
        value.stream()
            .anyMatch(
                l ->
                    (l.product() == null) != (l.quantity() == null)
                        || l.quantity() != null && l.quantity() < 1);
    return incomplete
        ? ValidationResult.error(getTranslation("registration.lines.incomplete"))
        : ValidationResult.ok();
  }

  private List<Component> createButtons() {
    var cancel = new Button(getTranslation("action.cancel"), click -> close());
    cancel.setId("registration-cancel");
    save.setId("registration-save");
    save.setText(getTranslation("registration.save-draft"));
    save.addClickListener(click -> write(false));
    submit.setId("registration-submit");
    submit.setText(getTranslation("registration.submit"));
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(click -> SubmitConfirmation.open(() -> write(true)));
    return List.of(cancel, save, submit);
  }

  private void write(boolean submitting) {
    if (binder.writeBeanIfValid(draft)) {
      fireEvent(new SaveEvent(this, draft, submitting));
      updateButtons();
    }
  }

  private void updateButtons() {
    var valid = binder.isValid();
    save.setEnabled(valid && (binder.hasChanges() || draft.getId() == null));
    submit.setEnabled(valid);
  }

  private static <F extends Component & HasLabel> void label(F field, String id, String label) {
    field.setId(id);
    field.setLabel(label);
  }

  private static List<String> withValue(List<String> items, String value) {
    if (value == null || items.contains(value)) {
      return items;
    }
    var all = new ArrayList<>(items);
    all.add(value);
    return all;
  }

  static class SaveEvent extends ComponentEvent<RegistrationEditor> {
    private final RegistrationDraft draft;
    private final boolean submitting;

    SaveEvent(RegistrationEditor source, RegistrationDraft draft, boolean submitting) {
      super(source, false);
      this.draft = draft;
      this.submitting = submitting;
    }

    RegistrationDraft draft() {
      return draft;
    }

    /** Save and then submit, as confirmed by the user. */
    boolean submitting() {
      return submitting;
    }
  }
}
