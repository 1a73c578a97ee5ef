package com.channelportal.partner.ui;

import com.channelportal.partner.control.CreditCodeCheck;
import com.channelportal.partner.control.UnifiedSocialCreditCode;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.partner.entity.PartnerStatus;
import com.channelportal.partner.entity.Tier;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Edits one partner with a buffered binder: the draft is read in, changed in the fields and only
 * written when the user saves; Save is enabled only for valid changes. The form fires events and
 * leaves storing to its view.
 */
public class PartnerForm extends FormLayout {

  private final H3 title = new H3();
  private final TextField name = new TextField();
  private final TextField uscc = new TextField();
  private final TextField region = new TextField();
  private final Select<Tier> tier = new Select<>();
  private final Select<PartnerStatus> status = new Select<>();
  private final TextField channelManager = new TextField();
  private final Checkbox foreignEmailAllowed = new Checkbox();
  private final TextField contactName = new TextField();
  private final TextField contactPhone = new TextField();
  private final TextField contactEmail = new TextField();
  private final Button save = new Button();
  private final Button close = new Button();
  private final Binder<PartnerDraft> binder = new Binder<>(PartnerDraft.class);
  private PartnerDraft draft = new PartnerDraft();

  public PartnerForm() {
    setId("partner-form");
    addClassName("partner-form");
    configureFields();
    configureBinder();
    add(title, 2);
    add(
        name,
        uscc,
        region,
        channelManager,
        tier,
        status,
        foreignEmailAllowed,
        contactName,
        contactPhone,
        contactEmail);
    add(createButtons(), 2);
  }

  static String tierKey(Tier tier) {
    return "partner.tier." + tier.name().toLowerCase(Locale.ROOT);
  }

  /** The message of a refused field, keyed by the domain's reason, e.g. {@code uscc.LENGTH}. */
  static String invalidKey(String reason) {
    return "invalid." + reason;
  }

  static String statusKey(PartnerStatus status) {
    return "partner.status." + status.name().toLowerCase(Locale.ROOT);
  }

  public void edit(PartnerCompany company) {
    draft = PartnerDraft.of(company);
    title.setText(company.getName());
    status.setItems(allowedStatuses(company.getStatus()));
    binder.readBean(draft);
    clearErrors();
    save.setEnabled(false);
  }

  public void setEditable(boolean editable) {
    binder.setReadOnly(!editable);
    save.setVisible(editable);
  }

  /** Shows a business rule the server refused, e.g. a duplicate USCC, at its field. */
  public void showError(String field, String message) {
    var component = fields().get(field);
    if (component != null) {
      component.setErrorMessage(message);
      component.setInvalid(true);
    }
  }

  public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
    return addListener(CloseEvent.class, listener);
  }

  private void configureFields() {
    name.setLabel(getTranslation("partner.name"));
    name.setMaxLength(PartnerCompany.NAME_MAX_LENGTH);
    name.setRequired(true);
    uscc.setLabel(getTranslation("partner.uscc"));
    uscc.setMaxLength(18);
    uscc.setHelperText(getTranslation("partner.uscc.help"));
    region.setLabel(getTranslation("partner.region"));
    region.setMaxLength(PartnerCompany.REGION_MAX_LENGTH);
    channelManager.setLabel(getTranslation("partner.channel-manager"));
    channelManager.setMaxLength(64);
    foreignEmailAllowed.setId("partner-foreign-email");
    foreignEmailAllowed.setLabel(getTranslation("partner.foreign-email"));
    tier.setLabel(getTranslation("partner.tier"));
    tier.setItems(Tier.values());
    tier.setItemLabelGenerator(t -> getTranslation(tierKey(t)));
    status.setLabel(getTranslation("partner.status"));
    status.setItemLabelGenerator(s -> getTranslation(statusKey(s)));
    contactName.setLabel(getTranslation("partner.contact.name"));
    contactName.setMaxLength(PartnerCompany.CONTACT_NAME_MAX_LENGTH);
    contactPhone.setLabel(getTranslation("partner.contact.phone"));
    contactPhone.setMaxLength(PartnerCompany.PHONE_MAX_LENGTH);
    contactEmail.setLabel(getTranslation("partner.contact.email"));
    contactEmail.setMaxLength(PartnerCompany.EMAIL_MAX_LENGTH);
  }

  private void configureBinder() {
    binder
        .forField(name)
        .asRequired(getTranslation("partner.name.required"))
        .bind(PartnerDraft::getName, PartnerDraft::setName);
    binder
        .forField(uscc)
        .withValidator(this::checkUscc)
        .bind(PartnerDraft::getUscc, PartnerDraft::setUscc);
    binder.forField(region).bind(PartnerDraft::getRegion, PartnerDraft::setRegion);
    binder.forField(tier).asRequired().bind(PartnerDraft::getTier, PartnerDraft::setTier);
    binder.forField(status).asRequired().bind(PartnerDraft::getStatus, PartnerDraft::setStatus);
    binder
        .forField(channelManager)
        .bind(PartnerDraft::getChannelManager, PartnerDraft::setChannelManager);
    binder
        .forField(foreignEmailAllowed)
        .bind(PartnerDraft::isForeignEmailAllowed, PartnerDraft::setForeignEmailAllowed);
    binder.forField(contactName).bind(PartnerDraft::getContactName, PartnerDraft::setContactName);
    binder
        .forField(contactPhone)
        .bind(PartnerDraft::getContactPhone, PartnerDraft::setContactPhone);
    binder
        .forField(contactEmail)
        .bind(PartnerDraft::getContactEmail, PartnerDraft::setContactEmail);
    binder.addStatusChangeListener(e -> save.setEnabled(binder.hasChanges() && binder.isValid()));
  }

  /** The same GB 32100-2015 check the server makes, so the user learns at once what is wrong. */
  private ValidationResult checkUscc(String value, ValueContext context) {
    if (value == null || value.isBlank()) {
      return ValidationResult.ok();
    }
    return UnifiedSocialCreditCode.check(value) instanceof CreditCodeCheck.Invalid invalid
        ? ValidationResult.error(getTranslation(invalidKey("uscc." + invalid.reason())))
        : ValidationResult.ok();
  }

  private HorizontalLayout createButtons() {
    save.setId("partner-save");
    save.setText(getTranslation("action.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(click -> validateAndSave());
    close.setId("partner-close");
    close.setText(getTranslation("action.close"));
    close.addClickListener(click -> fireEvent(new CloseEvent(this)));
    return new HorizontalLayout(save, close);
  }

  private void validateAndSave() {
    if (binder.writeBeanIfValid(draft)) {
      fireEvent(new SaveEvent(this, draft));
    }
  }

  private void clearErrors() {
    fields().values().forEach(field -> field.setInvalid(false));
  }

  private Map<String, TextField> fields() {
    return Map.of(
        "name", name,
        "uscc", uscc,
        "region", region,
        "channelManager", channelManager,
        "contact.name", contactName,
        "contact.phone", contactPhone,
        "contact.email", contactEmail);
  }

  private static List<PartnerStatus> allowedStatuses(PartnerStatus current) {
    var allowed = new ArrayList<PartnerStatus>();
    allowed.add(current);
    allowed.addAll(current.next());
    return allowed;
  }

  public static class SaveEvent extends ComponentEvent<PartnerForm> {
    private final PartnerDraft draft;

    SaveEvent(PartnerForm source, PartnerDraft draft) {
      super(source, false);
      this.draft = draft;
    }

    public PartnerDraft draft() {
      return draft;
    }
  }

  public static class CloseEvent extends ComponentEvent<PartnerForm> {
    CloseEvent(PartnerForm source) {
      super(source, false);
    }
  }
}
