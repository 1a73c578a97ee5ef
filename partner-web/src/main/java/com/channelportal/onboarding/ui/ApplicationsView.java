package com.channelportal.onboarding.ui;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.base.ui.DisplayTime;
import com.channelportal.base.ui.Notifications;
import com.channelportal.base.ui.SearchField;
import com.channelportal.identity.control.OrganizationDirectory.DirectoryConflict;
import com.channelportal.identity.control.OrganizationDirectory.DirectoryUnavailable;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.onboarding.boundary.ApplicationFilter;
import com.channelportal.onboarding.boundary.Approval;
import com.channelportal.onboarding.boundary.PartnerApplications;
import com.channelportal.onboarding.entity.ApplicationForm;
import com.channelportal.onboarding.entity.ApplicationStatus;
import com.channelportal.onboarding.entity.PartnerApplication;
import com.channelportal.partner.entity.Tier;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The brand admin's desk for partner applications: the open ones first, each with everything the
 * applicant wrote; approve (the portal creates the company's organization in Keycloak and invites
 * the applicant as its admin) or reject with a reason. A brand admin can also enter an application
 * for a distributor that called in. The selected application is in the URL.
 */
@Route("applications/:id?")
@Menu(order = 11, icon = "vaadin:clipboard-user", title = "menu.applications")
@RolesAllowed("brand-admin")
public class ApplicationsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

  private final Select<ApplicationStatus> status = new Select<>();
  private TextField filter;
  private final Grid<PartnerApplication> grid = new Grid<>();
  private final Section detail = new Section();

  @Inject CurrentCaller currentCaller;

  @Inject PartnerApplications applications;

  @Inject AuditLog audit;

  @PostConstruct
  void init() {
    addClassName("applications-view");
    var create = new Button(getTranslation("applications.new"), VaadinIcon.PLUS.create());
    create.setId("applications-new");
    create.addClickListener(click -> openCreation());
    var toolbar = new HorizontalLayout(configureStatus(), configureFilter(), create);
    toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
    detail.setId("application-detail");
    detail.setVisible(false);
    add(toolbar, configureGrid(), detail);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("applications.page-title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var id = event.getRouteParameters().getLong("id");
    if (id.isEmpty()) {
      detail.setVisible(false);
      grid.deselectAll();
      return;
    }
    try {
      show(applications.get(currentCaller.get(), id.get()));
    } catch (RecordNotFound missing) {
      event.rerouteToError(NotFoundException.class);
    }
  }

  private Select<ApplicationStatus> configureStatus() {
    status.setId("applications-status");
    status.setLabel(getTranslation("applications.status"));
    status.setItems(ApplicationStatus.values());
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(getTranslation("applications.status.all"));
    status.setItemLabelGenerator(
        s -> s == null ? getTranslation("applications.status.all") : getTranslation(statusKey(s)));
    status.setValue(ApplicationStatus.SUBMITTED);
    status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    return status;
  }

  private TextField configureFilter() {
    filter =
        SearchField.create(
            "applications-filter",
            getTranslation("applications.filter"),
            () -> grid.getDataProvider().refreshAll());
    return filter;
  }

  private Grid<PartnerApplication> configureGrid() {
    grid.setId("applications-grid");
    grid.addColumn(a -> DisplayTime.format(a.getSubmittedAt()))
        .setHeader(getTranslation("applications.submitted-at"))
        .setAutoWidth(true);
    grid.addColumn(PartnerApplication::getCompanyName)
        .setHeader(getTranslation("partner.name"))
        .setFlexGrow(2);
    grid.addColumn(PartnerApplication::getUscc).setHeader(getTranslation("partner.uscc"));
    grid.addColumn(PartnerApplication::getRegion).setHeader(getTranslation("partner.region"));
    grid.addColumn(PartnerApplication::getEmail).setHeader(getTranslation("applications.email"));
    grid.addColumn(a -> getTranslation(statusKey(a.getStatus())))
        .setHeader(getTranslation("applications.status"));
    grid.setItems(
            query ->
                applications
                    .list(currentCaller.get(), currentFilter(), query.getOffset(), query.getLimit())
                    .stream(),
            query -> (int) applications.count(currentCaller.get(), currentFilter()))
        .setIdentifierProvider(PartnerApplication::getId);
    grid.asSingleSelect()
        .addValueChangeListener(
            change -> {
              if (change.isFromClient()) {
                navigateTo(change.getValue());
              }
            });
    return grid;
  }

  private ApplicationFilter currentFilter() {
    return new ApplicationFilter(status.getValue(), filter.getValue());
  }

  private void show(PartnerApplication application) {
    detail.removeAll();
    detail.setVisible(true);
    var title = new H3(application.getCompanyName());
    title.setId("application-company");
    var facts = new DescriptionList();
    facts.setId("application-facts");
    term(facts, "applications.status", getTranslation(statusKey(application.getStatus())));
    term(facts, "partner.uscc", application.getUscc());
    term(facts, "partner.region", application.getRegion());
    term(facts, "applications.contact", application.getFamilyName() + application.getGivenName());
    term(facts, "applications.email", application.getEmail());
    term(facts, "applications.domain", application.getEmailDomain());
    term(facts, "applications.phone", application.getPhone());
    term(facts, "applications.job-title", application.getJobTitle());
    term(facts, "applications.message", application.getMessage());
    term(facts, "applications.source", getTranslation(sourceKey(application)));
    term(facts, "applications.submitted-at", DisplayTime.format(application.getSubmittedAt()));
    if (application.getDecidedAt() != null) {
      term(
          facts,
          "applications.decided",
          application.getDecidedBy() + " · " + DisplayTime.format(application.getDecidedAt()));
    }
    term(facts, "applications.rejection-reason", application.getRejectionReason());
    var close = new Button(getTranslation("action.close"), click -> navigateTo(null));
    close.setId("application-close");
    detail.add(title, facts, history(application));
    if (application.getStatus() == ApplicationStatus.SUBMITTED) {
      detail.add(decision(application));
    }
    detail.add(close);
  }

  /** The application's audit trail: who did what when, as the evidence keeps it. */
  private Component history(PartnerApplication application) {
    var list = new UnorderedList();
    list.setId("application-history");
    audit
        .about(currentCaller.get(), PartnerApplications.SUBJECT, application.getId())
        .forEach(
            entry ->
                list.add(
                    new ListItem(
                        DisplayTime.format(entry.getOccurredAt())
                            + " · "
                            + getTranslation(auditKey(entry.getAction()))
                            + " · "
                            + entry.getActor())));
    return new Section(new H3(getTranslation("applications.history")), list);
  }

  private Component decision(PartnerApplication application) {
    var tier = new Select<Tier>();
    tier.setId("approve-tier");
    tier.setLabel(getTranslation("partner.tier"));
    tier.setItems(Tier.values());
    tier.setItemLabelGenerator(t -> getTranslation(tierKey(t)));
    tier.setValue(Tier.REGISTERED);
    var manager = new TextField(getTranslation("partner.channel-manager"));
    manager.setId("approve-channel-manager");
    manager.setMaxLength(64);
    var approve = new Button(getTranslation("applications.approve"));
    approve.setId("application-approve");
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    approve.setDisableOnClick(true);
    approve.addClickListener(
        click ->
            decide(
                application.getId(),
                approve,
                () ->
                    applications.approve(
                        currentCaller.get(),
                        application.getId(),
                        application.getVersion(),
                        new Approval(tier.getValue(), manager.getValue())),
                "applications.approved",
                Map.of("channelManager", manager)));
    var reason = new TextArea(getTranslation("applications.rejection-reason"));
    reason.setId("reject-reason");
    reason.setMaxLength(500);
    reason.setWidthFull();
    var reject = new Button(getTranslation("applications.reject"));
    reject.setId("application-reject");
    reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
    reject.setDisableOnClick(true);
    reject.addClickListener(
        click ->
            decide(
                application.getId(),
                reject,
                () ->
                    applications.reject(
                        currentCaller.get(),
                        application.getId(),
                        application.getVersion(),
                        reason.getValue()),
                "applications.rejected",
                Map.of("reason", reason)));
    var approveRow = new HorizontalLayout(tier, manager, approve);
    approveRow.setAlignItems(FlexComponent.Alignment.BASELINE);
    var section =
        new Section(new H3(getTranslation("applications.decision")), approveRow, reason, reject);
    section.setId("application-decision");
    return section;
  }

  private void decide(
      long id,
      Button button,
      Supplier<PartnerApplication> decision,
      String successKey,
      Map<String, HasValidation> fields) {
    try {
      var decided = decision.get();
      grid.getDataProvider().refreshAll();
      show(decided);
      Notifications.success(getTranslation(successKey, decided.getCompanyName()));
    } catch (InvalidField invalid) {
      invalid
          .problems()
          .forEach(
              problem -> {
                var field = fields.get(problem.field());
                if (field != null) {
                  field.setErrorMessage(getTranslation(invalidKey(problem.reason())));
                  field.setInvalid(true);
                } else {
                  Notifications.error(getTranslation(invalidKey(problem.reason())));
                }
              });
      button.setEnabled(true);
    } catch (StaleRecord stale) {
      show(applications.get(currentCaller.get(), id));
      Notifications.error(getTranslation("applications.stale"));
    } catch (RuleViolation violation) {
      Notifications.error(getTranslation(ruleKey(violation.code())));
      button.setEnabled(true);
    } catch (DirectoryConflict conflict) {
      Notifications.error(getTranslation("applications.directory-conflict"));
      button.setEnabled(true);
    } catch (DirectoryUnavailable unavailable) {
      Notifications.error(getTranslation("directory.unavailable"));
      button.setEnabled(true);
    } catch (AccessDenied denied) {
      Notifications.error(getTranslation("error.access-denied"));
    }
  }

  private void openCreation() {
    var dialog = new Dialog(getTranslation("applications.new"));
    dialog.setId("application-create-dialog");
    dialog.setWidth("min(720px, 95vw)");
    var fields = new LinkedHashMap<String, AbstractField<?, String>>();
    var form = new FormLayout();
    for (var name : ApplyFields.NAMES) {
      AbstractField<?, String> field;
      if (ApplicationForm.MESSAGE.equals(name)) {
        field = new TextArea(getTranslation(ApplyFields.labelKey(name)));
      } else if (ApplicationForm.EMAIL.equals(name)) {
        field = new EmailField(getTranslation(ApplyFields.labelKey(name)));
      } else {
        field = new TextField(getTranslation(ApplyFields.labelKey(name)));
      }
      field.setId("create-" + name);
      ((HasValidation) field).setErrorMessage(null);
      form.add(field);
      fields.put(name, field);
    }
    var language = new Select<String>();
    language.setId("create-language");
    language.setLabel(getTranslation("team.language"));
    language.setItems("zh-CN", "en");
    language.setItemLabelGenerator(code -> getTranslation(languageKey(code)));
    language.setValue("zh-CN");
    form.add(language);
    dialog.add(form);
    var save = new Button(getTranslation("applications.create"));
    save.setId("create-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        click -> {
          fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
          var values = new LinkedHashMap<String, String>();
          fields.forEach((name, field) -> values.put(name, field.getValue()));
          try {
            var created =
                applications.create(
                    currentCaller.get(), ApplyFields.form(values, language.getValue()));
            dialog.close();
            grid.getDataProvider().refreshAll();
            navigateTo(created);
            Notifications.success(getTranslation("applications.created", created.getCompanyName()));
          } catch (InvalidField invalid) {
            invalid
                .problems()
                .forEach(
                    problem -> {
                      var field = fields.get(problem.field());
                      var text = getTranslation(invalidKey(problem.reason()));
                      if (field == null) {
                        Notifications.error(text);
                      } else {
                        ((HasValidation) field).setErrorMessage(text);
                        ((HasValidation) field).setInvalid(true);
                      }
                    });
          } catch (AccessDenied denied) {
            Notifications.error(getTranslation("error.access-denied"));
          }
        });
    var cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
    dialog.getFooter().add(cancel, save);
    dialog.open();
  }

  private void term(DescriptionList list, String key, String value) {
    list.add(
        new Term(getTranslation(key)),
        new Description(value == null || value.isBlank() ? "–" : value));
  }

  private void navigateTo(PartnerApplication application) {
    var parameters =
        application == null
            ? RouteParameters.empty()
            : new RouteParameters("id", String.valueOf(application.getId()));
    getUI().ifPresent(ui -> ui.navigate(ApplicationsView.class, parameters));
  }

  static String statusKey(ApplicationStatus status) {
    return "applications.status." + status.name().toLowerCase(Locale.ROOT);
  }

  static String tierKey(Tier tier) {
    return "partner.tier." + tier.name().toLowerCase(Locale.ROOT);
  }

  static String invalidKey(String reason) {
    return "invalid." + reason;
  }

  static String auditKey(String action) {
    return "audit.action." + action;
  }

  static String languageKey(String code) {
    return "language." + code;
  }

  static String ruleKey(String code) {
    return "rule." + code;
  }

  static String sourceKey(PartnerApplication application) {
    return "applications.source." + application.getSource().name().toLowerCase(Locale.ROOT);
  }
}
