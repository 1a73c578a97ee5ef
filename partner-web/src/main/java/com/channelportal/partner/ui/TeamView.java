package com.channelportal.partner.ui;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.ui.Notifications;
import com.channelportal.identity.control.OrganizationDirectory.DirectoryConflict;
import com.channelportal.identity.control.OrganizationDirectory.DirectoryUnavailable;
import com.channelportal.identity.control.OrganizationDirectory.Invitee;
import com.channelportal.identity.control.OrganizationDirectory.MemberProfile;
import com.channelportal.identity.entity.PersonName;
import com.channelportal.identity.entity.Role;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.partner.boundary.PartnerFilter;
import com.channelportal.partner.boundary.Partners;
import com.channelportal.partner.boundary.Teams;
import com.channelportal.partner.entity.PartnerCompany;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * The distributor's own people. Everyone of the company sees who is on the team; partner admins
 * invite colleagues (Keycloak sends them a set-password e-mail), change roles and deactivate
 * accounts. The rules (own domain, never the last admin) are the domain's; this view only shows
 * their answers next to the field or as a notification.
 */
@Route("team")
@Menu(order = 6, icon = "vaadin:users", title = "menu.team")
@RolesAllowed("partner-user")
public class TeamView extends Main implements HasDynamicTitle {

  private final Grid<MemberProfile> grid = new Grid<>();
  private final Button invite = new Button();

  @Inject CurrentCaller currentCaller;

  @Inject Partners partners;

  @Inject Teams teams;

  private PartnerCompany company;
  private boolean admin;

  @PostConstruct
  void init() {
    addClassName("team-view");
    setSizeFull();
    company =
        partners.list(currentCaller.get(), PartnerFilter.NONE, 0, 1).stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("A partner without a company record"));
    admin = currentCaller.get().hasRole(Role.PARTNER_ADMIN);
    var title = new H2(getTranslation("team.title", company.getName()));
    invite.setId("team-invite");
    invite.setText(getTranslation("team.invite"));
    invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    invite.setVisible(admin);
    invite.addClickListener(click -> openInvitation());
    configureGrid();
    add(new HorizontalLayout(title, invite), grid);
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("team.page-title");
  }

  private void configureGrid() {
    grid.setId("team-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(m -> displayName(m)).setHeader(getTranslation("team.name")).setAutoWidth(true);
    grid.addColumn(MemberProfile::email).setHeader(getTranslation("team.email")).setAutoWidth(true);
    grid.addColumn(
            m -> getTranslation(m.member().admin() ? "role.partner-admin" : "role.partner-user"))
        .setHeader(getTranslation("team.role"));
    grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("team.status"));
    if (admin) {
      grid.addComponentColumn(this::actions)
          .setHeader(getTranslation("team.actions"))
          .setAutoWidth(true);
    }
  }

  private Span statusBadge(MemberProfile m) {
    var badge =
        new Span(
            getTranslation(
                m.member().enabled() ? "team.status.active" : "team.status.deactivated"));
    badge
        .getElement()
        .getThemeList()
        .add(m.member().enabled() ? "badge success" : "badge contrast");
    return badge;
  }

  private HorizontalLayout actions(MemberProfile m) {
    var id = m.member().username();
    var role =
        new Button(
            getTranslation(m.member().admin() ? "team.make-user" : "team.make-admin"),
            click ->
                act(
                    () ->
                        teams.changeRole(
                            currentCaller.get(),
                            company.getId(),
                            m.member().id(),
                            !m.member().admin())));
    role.setId("team-role-" + id);
    role.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    var enabled =
        new Button(
            getTranslation(m.member().enabled() ? "team.deactivate" : "team.reactivate"),
            click ->
                act(
                    () ->
                        teams.setEnabled(
                            currentCaller.get(),
                            company.getId(),
                            m.member().id(),
                            !m.member().enabled())));
    enabled.setId("team-enabled-" + id);
    enabled.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    if (m.member().enabled()) {
      enabled.addThemeVariants(ButtonVariant.LUMO_ERROR);
    }
    return new HorizontalLayout(role, enabled);
  }

  private void act(Supplier<MemberProfile> change) {
    try {
      var changed = change.get();
      Notifications.success(getTranslation("team.changed", displayName(changed)));
    } catch (RuleViolation violation) {
      Notifications.error(getTranslation(ruleKey(violation.code())));
    } catch (AccessDenied | DirectoryConflict | DirectoryUnavailable failure) {
      Notifications.error(getTranslation(errorKey(failure)));
    }
    refresh();
  }

  private void refresh() {
    try {
      grid.setItems(teams.members(currentCaller.get(), company.getId()));
    } catch (DirectoryUnavailable unavailable) {
      grid.setItems();
      Notifications.error(getTranslation("directory.unavailable"));
    }
  }

  private void openInvitation() {
    var dialog = new Dialog(getTranslation("team.invite.title"));
    dialog.setId("team-invite-dialog");
    var email = new EmailField(getTranslation("team.email"));
    email.setId("invite-email");
    email.setRequiredIndicatorVisible(true);
    email.setMaxLength(PartnerCompany.EMAIL_MAX_LENGTH);
    email.setHelperText(getTranslation("team.invite.email-help"));
    var family = new TextField(getTranslation("team.family-name"));
    family.setId("invite-family-name");
    family.setRequiredIndicatorVisible(true);
    var given = new TextField(getTranslation("team.given-name"));
    given.setId("invite-given-name");
    given.setRequiredIndicatorVisible(true);
    var language = new Select<String>();
    language.setId("invite-language");
    language.setLabel(getTranslation("team.language"));
    language.setItems("zh-CN", "en");
    language.setItemLabelGenerator(code -> getTranslation(languageKey(code)));
    language.setValue("zh-CN");
    var role = new Select<Role>();
    role.setId("invite-role");
    role.setLabel(getTranslation("team.role"));
    role.setItems(Role.PARTNER_USER, Role.PARTNER_ADMIN);
    role.setItemLabelGenerator(r -> getTranslation(roleKey(r)));
    role.setValue(Role.PARTNER_USER);
    dialog.add(new FormLayout(email, family, given, language, role));
    var send = new Button(getTranslation("team.invite.send"));
    send.setId("invite-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(
        click -> {
          email.setInvalid(false);
          family.setInvalid(false);
          given.setInvalid(false);
          var invitee =
              new Invitee(
                  email.getValue(), family.getValue(), given.getValue(), language.getValue());
          try {
            var member =
                teams.invite(
                    currentCaller.get(),
                    company.getId(),
                    invitee,
                    role.getValue() == Role.PARTNER_ADMIN);
            dialog.close();
            Notifications.success(getTranslation("team.invited", member.email()));
            refresh();
          } catch (InvalidField invalid) {
            HasValidation field =
                switch (invalid.field()) {
                  case "familyName" -> family;
                  case "givenName" -> given;
                  default -> email;
                };
            field.setErrorMessage(getTranslation(PartnerForm.invalidKey(invalid.reason())));
            field.setInvalid(true);
          } catch (RuleViolation violation) {
            Notifications.error(getTranslation(ruleKey(violation.code())));
          } catch (AccessDenied | DirectoryConflict | DirectoryUnavailable failure) {
            Notifications.error(getTranslation(errorKey(failure)));
          }
        });
    var cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
    dialog.getFooter().add(cancel, send);
    dialog.open();
    email.focus();
  }

  static String ruleKey(String code) {
    return "rule." + code;
  }

  static String languageKey(String code) {
    return "language." + code;
  }

  static String roleKey(Role role) {
    return "role." + role.roleName();
  }

  static String errorKey(RuntimeException failure) {
    if (failure instanceof DirectoryConflict) {
      return "directory.conflict";
    }
    if (failure instanceof DirectoryUnavailable) {
      return "directory.unavailable";
    }
    return "team.denied";
  }

  private static String displayName(MemberProfile m) {
    return new PersonName(m.givenName(), m.familyName(), null)
        .display()
        .orElse(m.member().username());
  }
}
