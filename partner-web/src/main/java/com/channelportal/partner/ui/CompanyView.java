package com.channelportal.partner.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.base.ui.Notifications;
import com.channelportal.identity.entity.Role;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.partner.boundary.PartnerFilter;
import com.channelportal.partner.boundary.Partners;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.partner.entity.PartnerCompany.Contact;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.stream.Stream;

/**
 * A distributor's own company as the brand has it on file. Everyone of the company sees it; the
 * partner admins keep the contact person up to date. Tier, status and identity are the brand's
 * decision and shown read-only here.
 */
@Route("company")
@Menu(order = 5, icon = "vaadin:building", title = "menu.company")
@RolesAllowed("partner-user")
public class CompanyView extends Main implements HasDynamicTitle {

  private final H2 title = new H2();
  private final DescriptionList programme = new DescriptionList();
  private final TextField contactName = new TextField();
  private final TextField contactPhone = new TextField();
  private final EmailField contactEmail = new EmailField();
  private final Button save = new Button();

  @Inject CurrentCaller currentCaller;

  @Inject Partners partners;

  private PartnerCompany company;

  @PostConstruct
  void init() {
    addClassName("company-view");
    configureContact();
    var contactTitle = new H3(getTranslation("company.contact.title"));
    var contactForm = new FormLayout(contactName, contactPhone, contactEmail);
    add(title, programme, contactTitle, contactForm, save);
    show(ownCompany());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("company.page-title");
  }

  private PartnerCompany ownCompany() {
    return partners.list(currentCaller.get(), PartnerFilter.NONE, 0, 1).stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("A partner without a company record"));
  }

  private void show(PartnerCompany shown) {
    company = shown;
    title.setId("company-name");
    title.setText(shown.getName());
    programme.removeAll();
    programme.setId("company-programme");
    addTerm("partner.uscc", shown.getUscc());
    addTerm("partner.region", shown.getRegion());
    addTerm("partner.tier", getTranslation(PartnerForm.tierKey(shown.getTier())));
    addTerm("partner.status", getTranslation(PartnerForm.statusKey(shown.getStatus())));
    addTerm("partner.channel-manager", shown.getChannelManager());
    var contact = shown.getContact();
    contactName.setValue(orEmpty(contact.name()));
    contactPhone.setValue(orEmpty(contact.phone()));
    contactEmail.setValue(orEmpty(contact.email()));
    save.setEnabled(false);
  }

  private void addTerm(String key, String value) {
    programme.add(
        new Term(getTranslation(key)),
        new Description(
            value == null || value.isBlank() ? getTranslation("company.unknown") : value));
  }

  private void configureContact() {
    boolean admin = currentCaller.get().hasRole(Role.PARTNER_ADMIN);
    contactName.setId("company-contact-name");
    contactName.setLabel(getTranslation("partner.contact.name"));
    contactName.setMaxLength(PartnerCompany.CONTACT_NAME_MAX_LENGTH);
    contactPhone.setId("company-contact-phone");
    contactPhone.setLabel(getTranslation("partner.contact.phone"));
    contactPhone.setMaxLength(PartnerCompany.PHONE_MAX_LENGTH);
    contactEmail.setId("company-contact-email");
    contactEmail.setLabel(getTranslation("partner.contact.email"));
    contactEmail.setMaxLength(PartnerCompany.EMAIL_MAX_LENGTH);
    contactEmail.setErrorMessage(getTranslation(PartnerForm.invalidKey("contact.email.FORMAT")));
    Stream.of(contactName, contactPhone, contactEmail)
        .forEach(
            field -> {
              field.setReadOnly(!admin);
              field.addValueChangeListener(change -> save.setEnabled(change.isFromClient()));
            });
    save.setId("company-save");
    save.setText(getTranslation("action.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setVisible(admin);
    save.addClickListener(click -> saveContact());
  }

  private void saveContact() {
    var contact =
        new Contact(contactName.getValue(), contactPhone.getValue(), contactEmail.getValue());
    try {
      show(
          partners.changeContact(
              currentCaller.get(), company.getId(), company.getVersion(), contact));
      Notifications.success(getTranslation("partners.saved", company.getName()));
    } catch (InvalidField invalid) {
      HasValidation field = fieldFor(invalid.field());
      field.setErrorMessage(getTranslation(PartnerForm.invalidKey(invalid.reason())));
      field.setInvalid(true);
    } catch (StaleRecord stale) {
      show(ownCompany());
      Notifications.error(getTranslation("partners.stale"));
    }
  }

  private HasValidation fieldFor(String name) {
    return switch (name) {
      case "contact.phone" -> contactPhone;
      case "contact.email" -> contactEmail;
      default -> contactName;
    };
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
