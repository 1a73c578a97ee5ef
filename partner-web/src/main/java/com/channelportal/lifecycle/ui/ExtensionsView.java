package com.channelportal.lifecycle.ui;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.base.ui.DisplayTime;
import com.channelportal.base.ui.Notifications;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.lifecycle.boundary.Extensions;
import com.channelportal.lifecycle.entity.ExtensionDecision;
import com.channelportal.lifecycle.entity.ExtensionStatus;
import com.channelportal.lifecycle.entity.ProtectionExtension;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.Registration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The brand's queue of extension requests in the caller's scope, oldest first: a channel manager
 * sees those of the partners assigned to them, brand admins and brand sales all. The partner's
 * channel manager and brand admins approve or deny; brand sales only read.
 */
@Route("extensions")
@Menu(order = 22, icon = "vaadin:calendar-clock", title = "menu.extensions")
@RolesAllowed({"channel-manager", "brand-admin", "brand-sales"})
public class ExtensionsView extends Main implements HasDynamicTitle {

  private final Select<ExtensionStatus> status = new Select<>();
  private final Grid<ProtectionExtension> grid = new Grid<>();

  /** The registrations of the requests on screen, read once per refresh. */
  private final Map<Long, Registration> registrationsShown = new HashMap<>();

  @Inject CurrentCaller currentCaller;

  @Inject Extensions extensions;

  @Inject Registrations registrations;

  @PostConstruct
  void init() {
    addClassName("extensions-view");
    add(createToolbar(), configureGrid());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("lifecycle.extensions.page-title");
  }

  private HorizontalLayout createToolbar() {
    status.setId("extensions-status");
    status.setLabel(getTranslation("lifecycle.extension.status"));
    status.setItems(ExtensionStatus.values());
    status.setItemLabelGenerator(s -> getTranslation(LifecycleTexts.statusKey(s)));
    status.setValue(ExtensionStatus.OPEN);
    status.addValueChangeListener(change -> refresh());
    return new HorizontalLayout(status);
  }

  private Grid<ProtectionExtension> configureGrid() {
    grid.setId("extensions-grid");
    grid.addColumn(e -> registration(e))
        .setHeader(getTranslation("lifecycle.extension.registration"))
        .setFlexGrow(1)
        .setResizable(true);
    grid.addColumn(ProtectionExtension::getOrganizationAlias)
        .setHeader(getTranslation("lifecycle.extension.partner"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(ProtectionExtension::getDays)
        .setHeader(getTranslation("lifecycle.extension.days"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(e -> e.getProtectedUntil().toString())
        .setHeader(getTranslation("lifecycle.extension.protected-until"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(e -> DisplayTime.format(e.getRequestedAt()) + " · " + e.getRequestedBy())
        .setHeader(getTranslation("lifecycle.extension.requested-at"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(ProtectionExtension::getJustification)
        .setHeader(getTranslation("lifecycle.extension.justification"))
        .setFlexGrow(2);
    grid.addComponentColumn(this::statusBadge)
        .setHeader(getTranslation("lifecycle.extension.status"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    if (decides()) {
      grid.addComponentColumn(this::decideButton).setAutoWidth(true).setFlexGrow(0);
    }
    grid.setItems(
            query ->
                extensions
                    .list(caller(), status.getValue(), query.getOffset(), query.getLimit())
                    .stream(),
            query -> (int) extensions.count(caller(), status.getValue()))
        .setIdentifierProvider(ProtectionExtension::getId);
    return grid;
  }

  private String registration(ProtectionExtension e) {
    var registration =
        registrationsShown.computeIfAbsent(
            e.getRegistrationId(), id -> registrations.get(caller(), id));
    var number = registration.getNumber() == null ? "–" : registration.getNumber();
    var customer = registration.getCustomer().getName();
    return customer == null ? number : number + " · " + customer;
  }

  private Span statusBadge(ProtectionExtension e) {
    var badge = new Span(getTranslation(LifecycleTexts.statusKey(e.getStatus())));
    badge.setClassName("status-badge extension-" + e.getStatus().name().toLowerCase(Locale.ROOT));
    return badge;
  }

  private Button decideButton(ProtectionExtension e) {
    var button = new Button(getTranslation("lifecycle.decision.open"), click -> askDecision(e));
    button.setId("extension-decide-" + e.getId());
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
    button.setVisible(e.getStatus() == ExtensionStatus.OPEN);
    return button;
  }

  private void askDecision(ProtectionExtension request) {
    var dialog = new DecisionDialog[1];
    dialog[0] =
        new DecisionDialog(
            request, registration(request), decision -> decide(dialog[0], request, decision));
    dialog[0].open();
  }

  private void decide(
      DecisionDialog dialog, ProtectionExtension request, ExtensionDecision decision) {
    try {
      var decided = extensions.decide(caller(), request.getId(), request.getVersion(), decision);
      dialog.close();
      Notifications.success(
          getTranslation(
              decided.getStatus() == ExtensionStatus.APPROVED
                  ? "lifecycle.decision.approved"
                  : "lifecycle.decision.denied",
              decided.getExtendedUntil() == null ? "" : decided.getExtendedUntil().toString()));
    } catch (InvalidField invalid) {
      if (!dialog.showProblems(invalid)) {
        Notifications.error(getTranslation("lifecycle.invalid"));
      }
      return;
    } catch (StaleRecord | RecordNotFound stale) {
      dialog.close();
      Notifications.error(getTranslation("lifecycle.stale"));
    } catch (RuleViolation violation) {
      dialog.close();
      Notifications.error(getTranslation(LifecycleTexts.ruleKey(violation.code())));
    } catch (AccessDenied denied) {
      dialog.close();
      Notifications.error(getTranslation("error.access-denied"));
    }
    refresh();
  }

  private void refresh() {
    registrationsShown.clear();
    grid.getDataProvider().refreshAll();
  }

  private boolean decides() {
    var caller = caller();
    return caller.hasRole(Role.CHANNEL_MANAGER) || caller.hasRole(Role.BRAND_ADMIN);
  }

  private Caller caller() {
    return currentCaller.get();
  }
}
