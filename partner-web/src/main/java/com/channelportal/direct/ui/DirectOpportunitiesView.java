package com.channelportal.direct.ui;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.base.ui.DisplayMoney;
import com.channelportal.base.ui.Notifications;
import com.channelportal.base.ui.SearchField;
import com.channelportal.customer.boundary.CustomerFilter;
import com.channelportal.customer.boundary.Customers;
import com.channelportal.customer.entity.CustomerOrigin;
import com.channelportal.direct.boundary.DirectActivities;
import com.channelportal.direct.boundary.DirectOpportunities;
import com.channelportal.direct.boundary.DirectOpportunityFilter;
import com.channelportal.direct.boundary.DirectSettings;
import com.channelportal.direct.entity.ActivityForm;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.direct.entity.DirectOpportunityStatus;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.registration.boundary.Registrations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
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
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The brand's direct opportunities for brand staff: a lazy grid filtered by status, owner and
 * customer; brand sales record and edit their own (brand admins any), log activity, close them won
 * or lost, and see what the conflict check found. The selected opportunity is in the URL.
 */
@Route("direct-opportunities/:id?")
@Menu(order = 25, icon = "vaadin:briefcase", title = "menu.direct-opportunities")
@RolesAllowed({"channel-manager", "brand-admin", "brand-sales"})
public class DirectOpportunitiesView extends Main implements HasDynamicTitle, BeforeEnterObserver {

  private final Select<DirectOpportunityStatus> status = new Select<>();
  private final Grid<DirectOpportunity> grid = new Grid<>();
  private final DirectOpportunityDetail detail = new DirectOpportunityDetail();
  private TextField owner;
  private TextField customer;
  private DirectOpportunityEditor editor;
  private @Nullable DirectOpportunity shown;

  @Inject CurrentCaller currentCaller;

  @Inject DirectOpportunities opportunities;

  @Inject DirectActivities activities;

  @Inject DirectSettings settings;

  @Inject Customers customers;

  @Inject Registrations registrations;

  @PostConstruct
  void init() {
    addClassName("direct-opportunities-view");
    editor =
        new DirectOpportunityEditor(
            (text, limit) ->
                customers.list(caller(), new CustomerFilter(text, "name", true), 0, 200).stream()
                    .filter(c -> c.getOrigin() == CustomerOrigin.BRAND)
                    .limit(limit),
            caller().hasRole(Role.BRAND_ADMIN),
            settings::today);
    editor.addSaveListener(saved -> save(saved.draft()));
    detail.addActionListener(event -> act(event.action()));
    detail.activityEditor().addAddListener(added -> record(added.form()));
    detail.setVisible(false);
    add(createToolbar(), configureGrid(), detail);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("direct.page-title");
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
      show(opportunities.get(caller(), id.get()));
    } catch (RecordNotFound unknown) {
      event.rerouteToError(NotFoundException.class);
    }
  }

  private HorizontalLayout createToolbar() {
    status.setId("direct-filter-status");
    status.setLabel(getTranslation("direct.status"));
    status.setItems(DirectOpportunityStatus.values());
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(getTranslation("direct.status.all"));
    status.setItemLabelGenerator(
        s ->
            s == null
                ? getTranslation("direct.status.all")
                : getTranslation(DirectTexts.statusKey(s)));
    status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    customer =
        SearchField.create(
            "direct-filter-customer",
            getTranslation("direct.filter.customer"),
            () -> grid.getDataProvider().refreshAll());
    owner =
        SearchField.create(
            "direct-filter-owner",
            getTranslation("direct.filter.owner"),
            () -> grid.getDataProvider().refreshAll());
    var toolbar = new HorizontalLayout(status, customer, owner);
    if (maySell()) {
      var create = new Button(getTranslation("direct.new"), VaadinIcon.PLUS.create());
      create.setId("direct-new");
      create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      create.addClickListener(click -> editor.edit(new DirectDraft()));
      toolbar.add(create);
    }
    toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
    return toolbar;
  }

  private Grid<DirectOpportunity> configureGrid() {
    grid.setId("direct-grid");
    grid.addColumn(o -> orDash(o.getTitle()))
        .setHeader(getTranslation("direct.title"))
        .setFlexGrow(1);
    grid.addColumn(o -> orDash(o.getCustomer().getName()))
        .setHeader(getTranslation("direct.customer.name"))
        .setFlexGrow(1)
        .setResizable(true);
    grid.addColumn(DirectOpportunity::getOwner)
        .setHeader(getTranslation("direct.owner"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(o -> DisplayMoney.format(o.getEstimatedAmount(), o.getCurrency(), getLocale()))
        .setHeader(getTranslation("direct.amount"))
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(o -> o.getExpectedCloseDate() == null ? "" : o.getExpectedCloseDate().toString())
        .setHeader(getTranslation("direct.close-date"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::statusBadge)
        .setHeader(getTranslation("direct.status"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(
            query ->
                opportunities
                    .list(caller(), filter(), query.getOffset(), query.getLimit())
                    .stream(),
            query -> (int) opportunities.count(caller(), filter()))
        .setIdentifierProvider(DirectOpportunity::getId);
    grid.asSingleSelect()
        .addValueChangeListener(
            change -> {
              if (change.isFromClient()) {
                navigateTo(change.getValue() == null ? null : change.getValue().getId());
              }
            });
    return grid;
  }

  private Span statusBadge(DirectOpportunity o) {
    var text = getTranslation(DirectTexts.statusKey(o.getStatus()));
    var badge =
        new Span(
            o.isOpen() && o.isInConflict() ? text + " · " + getTranslation("direct.flag") : text);
    badge.setClassName("status-badge status-" + o.getStatus().name().toLowerCase(Locale.ROOT));
    return badge;
  }

  private DirectOpportunityFilter filter() {
    return new DirectOpportunityFilter(status.getValue(), owner.getValue(), customer.getValue());
  }

  private void show(DirectOpportunity opportunity) {
    shown = opportunity;
    var caller = caller();
    detail.show(opportunity, settings.protectedUntil(opportunity), mayChange(opportunity));
    var names = new CandidateNames(this, this::caller, registrations, customers, opportunities);
    detail.showConflicts(opportunities.conflicts(caller, opportunity.getId()), names::describe);
    detail.showActivities(activities.of(caller, opportunity.getId()));
    detail.setVisible(true);
  }

  private void save(DirectDraft draft) {
    var caller = caller();
    try {
      var saved =
          draft.getId() == null
              ? opportunities.create(caller, draft.toForm())
              : opportunities.update(caller, draft.getId(), draft.getVersion(), draft.toForm());
      editor.close();
      refreshAndShow(saved);
      Notifications.success(
          getTranslation(saved.isInConflict() ? "direct.saved.in-conflict" : "direct.saved"));
    } catch (InvalidField invalid) {
      editor.showProblems(invalid.problems());
    } catch (StaleRecord stale) {
      editor.close();
      refreshAndShow(opportunities.get(caller, draft.getId()));
      Notifications.error(getTranslation("direct.stale"));
    } catch (RuleViolation violation) {
      Notifications.error(getTranslation(DirectTexts.ruleKey(violation.code())));
    } catch (AccessDenied denied) {
      Notifications.error(getTranslation("error.access-denied"));
    }
  }

  private void act(DirectOpportunityDetail.Action action) {
    if (shown == null) {
      return;
    }
    var current = shown;
    switch (action) {
      case EDIT -> editor.edit(DirectDraft.of(current));
      case WON -> change(() -> close(current, DirectOpportunityStatus.WON));
      case LOST -> change(() -> close(current, DirectOpportunityStatus.LOST));
      case CLOSE -> navigateTo(null);
    }
  }

  private DirectOpportunity close(DirectOpportunity o, DirectOpportunityStatus outcome) {
    return opportunities.close(caller(), o.getId(), o.getVersion(), outcome);
  }

  private void record(ActivityForm form) {
    if (shown == null) {
      return;
    }
    var id = shown.getId();
    try {
      activities.record(caller(), id, form);
      detail.activityEditor().reset();
      refreshAndShow(opportunities.get(caller(), id));
      Notifications.success(getTranslation("direct.activity.recorded"));
    } catch (InvalidField invalid) {
      detail.activityEditor().showProblems(invalid.problems());
    } catch (RuleViolation violation) {
      Notifications.error(getTranslation(DirectTexts.ruleKey(violation.code())));
    } catch (AccessDenied denied) {
      Notifications.error(getTranslation("error.access-denied"));
    }
  }

  private void change(Supplier<DirectOpportunity> change) {
    try {
      refreshAndShow(change.get());
    } catch (StaleRecord stale) {
      refreshAndShow(opportunities.get(caller(), shown.getId()));
      Notifications.error(getTranslation("direct.stale"));
    } catch (RuleViolation violation) {
      Notifications.error(getTranslation(DirectTexts.ruleKey(violation.code())));
    } catch (AccessDenied denied) {
      Notifications.error(getTranslation("error.access-denied"));
    }
  }

  private void refreshAndShow(DirectOpportunity opportunity) {
    grid.getDataProvider().refreshAll();
    if (shown != null && shown.getId().equals(opportunity.getId())) {
      show(opportunities.get(caller(), opportunity.getId()));
    } else {
      navigateTo(opportunity.getId());
    }
  }

  private boolean maySell() {
    var caller = caller();
    return caller.hasRole(Role.BRAND_SALES) || caller.hasRole(Role.BRAND_ADMIN);
  }

  private boolean mayChange(DirectOpportunity o) {
    var caller = caller();
    return caller.hasRole(Role.BRAND_ADMIN)
        || caller.hasRole(Role.BRAND_SALES) && caller.username().equals(o.getOwner());
  }

  private Caller caller() {
    return currentCaller.get();
  }

  private void navigateTo(@Nullable Long id) {
    var parameters =
        id == null ? RouteParameters.empty() : new RouteParameters("id", String.valueOf(id));
    getUI().ifPresent(ui -> ui.navigate(DirectOpportunitiesView.class, parameters));
  }

  private static String orDash(@Nullable String value) {
    return value == null || value.isBlank() ? "–" : value;
  }
}
