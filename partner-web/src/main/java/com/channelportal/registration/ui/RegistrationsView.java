package com.channelportal.registration.ui;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.base.ui.DisplayMoney;
import com.channelportal.base.ui.DisplayTime;
import com.channelportal.base.ui.Notifications;
import com.channelportal.base.ui.SearchField;
import com.channelportal.confirmation.ui.ConfirmationsPanel;
import com.channelportal.customer.boundary.CustomerFilter;
import com.channelportal.customer.boundary.Customers;
import com.channelportal.customer.entity.Customer;
import com.channelportal.direct.boundary.DirectOpportunities;
import com.channelportal.evidence.ui.EvidenceDownloads;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.lifecycle.ui.ProtectionPanel;
import com.channelportal.partner.boundary.Partners;
import com.channelportal.registration.boundary.DealLiveliness;
import com.channelportal.registration.boundary.RegistrationFilter;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.review.boundary.Rulings;
import com.channelportal.review.ui.RulingsPanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Deal registrations: a partner's users see their company's, brand staff those of the partners in
 * their scope (with the partner's name). A partner drafts, edits, submits and withdraws; brand
 * staff also see what the conflict check found. The selected registration is in the URL ({@code
 * registrations/12}), so a link to it survives a reload and can be shared.
 */
@Route("registrations/:id?")
@Menu(order = 20, icon = "vaadin:clipboard-check", title = "menu.registrations")
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class RegistrationsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

  private final Select<RegistrationStatus> status = new Select<>();
  private final Grid<Registration> grid = new Grid<>();
  private final Checkbox inactiveOnly = new Checkbox();

  /** The pulses of the rows fetched last, filled before the grid renders them. */
  private final Map<Long, DealLiveliness.Pulse> pulses = new HashMap<>();

  private final RegistrationDetail detail = new RegistrationDetail();
  private TextField filter;
  private RegistrationEditor editor;
  private Registration shown;
  private RecordNames names;

  @Inject CurrentCaller currentCaller;

  @Inject Registrations registrations;

  @Inject Customers customers;

  @Inject Partners partners;

  @Inject DirectOpportunities directOpportunities;

  @Inject ConfirmationsPanel confirmations;

  @Inject EvidenceDownloads evidence;
  @Inject Rulings rulings;

  private RulingsPanel rulingsPanel;
  @Inject ProtectionPanel protection;

  @PostConstruct
  void init() {
    addClassName("registrations-view");
    names =
        new RecordNames(
            this, this::caller, registrations, customers, partners, directOpportunities);
    editor = new RegistrationEditor(customerLookup());
    editor.addSaveListener(saved -> save(saved.draft(), saved.submitting()));
    detail.addActionListener(event -> act(event.action(), event.reason()));
    detail.setVisible(false);
    rulingsPanel = new RulingsPanel(rulings, this::caller, this::refreshAndShow);
    detail.add(rulingsPanel, confirmations, evidence);
    protection.onChange(this::refreshAndShow);
    detail.add(protection);
    add(createToolbar(), configureGrid(), detail);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("registrations.page-title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var id = event.getRouteParameters().getLong("id");
    if (id.isEmpty()) {
      detail.setVisible(false);
      removeClassName("with-detail");
      grid.deselectAll();
      return;
    }
    try {
      show(registrations.get(caller(), id.get()));
    } catch (RecordNotFound outsideScope) {
      // the same page as for an id that does not exist: nothing tells that it belongs to someone
      event.rerouteToError(NotFoundException.class);
    }
  }

  private HorizontalLayout createToolbar() {
    status.setId("registrations-status");
    status.setLabel(getTranslation("registration.status"));
    status.setItems(RegistrationStatus.values());
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(getTranslation("registrations.status.all"));
    status.setItemLabelGenerator(
        s ->
            s == null
                ? getTranslation("registrations.status.all")
                : getTranslation(RegistrationTexts.statusKey(s)));
    status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    filter =
        SearchField.create(
            "registrations-filter",
            getTranslation("registrations.filter"),
            () -> grid.getDataProvider().refreshAll());
    var toolbar = new HorizontalLayout(status, filter);
    if (caller().isBrandStaff()) {
      inactiveOnly.setId("registrations-inactive-only");
      inactiveOnly.setLabel(getTranslation("registrations.inactive-only"));
      inactiveOnly.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
      toolbar.add(inactiveOnly);
    }
    if (caller().isPartner()) {
      var create = new Button(getTranslation("registrations.new"), VaadinIcon.PLUS.create());
      create.setId("registrations-new");
      create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      create.addClickListener(click -> editor.edit(new RegistrationDraft()));
      toolbar.add(create);
    }
    toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
    return toolbar;
  }

  private Grid<Registration> configureGrid() {
    grid.setId("registrations-grid");
    grid.addColumn(r -> orDash(r.getNumber()))
        .setHeader(getTranslation("registration.number"))
        .setKey("number")
        .setSortable(true)
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(r -> orDash(r.getCustomer().getName()))
        .setHeader(getTranslation("registration.customer"))
        .setKey("customerName")
        .setSortable(true)
        .setFlexGrow(1)
        .setResizable(true);
    if (caller().isBrandStaff()) {
      grid.addColumn(r -> names.partner(r.getPartnerCompanyId()))
          .setHeader(getTranslation("registration.partner"))
          .setKey("partner");
    }
    grid.addColumn(r -> DisplayMoney.format(r.getEstimatedAmount(), r.getCurrency(), getLocale()))
        .setHeader(getTranslation("registration.amount"))
        .setKey("estimatedAmount")
        .setSortable(true)
        .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(r -> r.getExpectedCloseDate() == null ? "" : r.getExpectedCloseDate().toString())
        .setHeader(getTranslation("registration.close-date"))
        .setKey("expectedCloseDate")
        .setSortable(true)
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::statusBadge)
        .setHeader(getTranslation("registration.status"))
        .setKey("status")
        .setSortable(true)
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(r -> DisplayTime.format(r.getSubmittedAt()))
        .setHeader(getTranslation("registration.submitted-at"))
        .setKey("submittedAt")
        .setSortable(true)
        .setAutoWidth(true)
        .setFlexGrow(0);
    if (caller().isBrandStaff()) {
      grid.addComponentColumn(this::inactiveBadge)
          .setHeader(getTranslation("registrations.inactive"))
          .setKey("inactive")
          .setAutoWidth(true)
          .setFlexGrow(0);
    }
    grid.setItems(
            query -> {
              var page =
                  registrations.list(
                      caller(),
                      filterOf(query.getSortOrders()),
                      query.getOffset(),
                      query.getLimit());
              pulses.putAll(registrations.pulses(page));
              return page.stream();
            },
            query -> (int) registrations.count(caller(), filterOf(query.getSortOrders())))
        .setIdentifierProvider(Registration::getId);
    grid.asSingleSelect()
        .addValueChangeListener(
            change -> {
              if (change.isFromClient()) {
                navigateTo(change.getValue() == null ? null : change.getValue().getId());
              }
            });
    return grid;
  }

  private Span statusBadge(Registration r) {
    var badge = new Span(getTranslation(RegistrationTexts.statusKey(r.getStatus())));
    badge.setClassName("status-badge status-" + r.getStatus().name().toLowerCase(Locale.ROOT));
    return badge;
  }

  private Span inactiveBadge(Registration r) {
    var badge = new Span();
    var pulse = pulses.get(r.getId());
    if (pulse != null && pulse.inactive()) {
      badge.setText(getTranslation("registrations.inactive"));
      badge.setClassName("status-badge status-inactive");
    }
    return badge;
  }

  private RegistrationFilter filterOf(List<QuerySortOrder> orders) {
    var only = inactiveOnly.getValue();
    if (orders.isEmpty()) {
      return new RegistrationFilter(status.getValue(), filter.getValue(), null, false, only);
    }
    var first = orders.get(0);
    return new RegistrationFilter(
        status.getValue(),
        filter.getValue(),
        first.getSorted(),
        first.getDirection() == SortDirection.ASCENDING,
        only);
  }

  private void show(Registration registration) {
    shown = registration;
    var caller = caller();
    var partner = caller.isBrandStaff() ? names.partner(registration.getPartnerCompanyId()) : null;
    detail.show(registration, partner, caller.isPartner());
    confirmations.show(registration);
    evidence.show(registration);
    rulingsPanel.show(registration);
    protection.show(registration);
    if (caller.isBrandStaff()) {
      detail.conflicts().show(registrations.conflicts(caller, registration.getId()), names);
    }
    detail.setVisible(true);
    addClassName("with-detail");
  }

  private void save(RegistrationDraft draft, boolean submitting) {
    var caller = caller();
    try {
      Registration saved =
          draft.getId() == null
              ? registrations.createDraft(caller, draft.toForm())
              : returned(draft)
                  ? registrations.resubmit(
                      caller, draft.getId(), draft.getVersion(), draft.toForm())
                  : registrations.updateDraft(
                      caller, draft.getId(), draft.getVersion(), draft.toForm());
      editor.saved(saved);
      if (submitting && saved.getStatus() == RegistrationStatus.DRAFT) {
        saved = registrations.submit(caller, saved.getId(), saved.getVersion());
      }
      editor.close();
      refreshAndShow(saved);
      announce(saved);
    } catch (InvalidField invalid) {
      editor.showProblems(invalid.problems());
      grid.getDataProvider().refreshAll();
    } catch (StaleRecord stale) {
      editor.close();
      refreshAndShow(registrations.get(caller, draft.getId()));
      Notifications.error(getTranslation("registrations.stale"));
    } catch (RuleViolation violation) {
      Notifications.error(getTranslation(RegistrationTexts.ruleKey(violation.code())));
    } catch (AccessDenied denied) {
      Notifications.error(getTranslation("error.access-denied"));
    }
  }

  private void act(RegistrationDetail.Action action, @Nullable String reason) {
    var caller = caller();
    switch (action) {
      case EDIT -> editor.edit(RegistrationDraft.of(shown));
      case SUBMIT -> change(() -> registrations.submit(caller, shown.getId(), shown.getVersion()));
      case WITHDRAW ->
          change(() -> registrations.withdraw(caller, shown.getId(), shown.getVersion(), reason));
      case CLOSE -> navigateTo(null);
    }
  }

  private void change(Supplier<Registration> change) {
    try {
      var changed = change.get();
      refreshAndShow(changed);
      announce(changed);
    } catch (InvalidField invalid) {
      // an incomplete draft: open it with every missing field marked
      editor.edit(RegistrationDraft.of(shown));
      editor.showProblems(invalid.problems());
    } catch (StaleRecord stale) {
      refreshAndShow(registrations.get(caller(), shown.getId()));
      Notifications.error(getTranslation("registrations.stale"));
    } catch (RuleViolation violation) {
      Notifications.error(getTranslation(RegistrationTexts.ruleKey(violation.code())));
    } catch (AccessDenied denied) {
      Notifications.error(getTranslation("error.access-denied"));
    }
  }

  private void announce(Registration r) {
    var key =
        switch (r.getStatus()) {
          case APPROVED -> "registrations.approved";
          case UNDER_REVIEW -> "registrations.under-review";
          case WITHDRAWN -> "registrations.withdrawn";
          default -> "registrations.saved";
        };
    var until = r.getProtectedUntil() == null ? "" : r.getProtectedUntil().toString();
    Notifications.success(getTranslation(key, orDash(r.getNumber()), until));
  }

  private void refreshAndShow(Registration registration) {
    grid.getDataProvider().refreshAll();
    if (shown != null && shown.getId().equals(registration.getId())) {
      show(registrations.get(caller(), registration.getId()));
    } else {
      navigateTo(registration.getId());
    }
  }

  private CustomerFields.CustomerLookup customerLookup() {
    return new CustomerFields.CustomerLookup() {
      @Override
      public Stream<Customer> find(String text, int offset, int limit) {
        return customers
            .list(caller(), new CustomerFilter(text, "name", true), offset, limit)
            .stream();
      }

      @Override
      public Optional<Customer> get(long id) {
        try {
          return Optional.of(customers.get(caller(), id));
        } catch (RecordNotFound gone) {
          return Optional.empty();
        }
      }
    };
  }

  /** A registration returned for information is saved by resubmitting it, revised. */
  private boolean returned(RegistrationDraft draft) {
    return shown != null
        && shown.getId().equals(draft.getId())
        && shown.getStatus() == RegistrationStatus.INFORMATION_REQUESTED;
  }

  private Caller caller() {
    return currentCaller.get();
  }

  private void navigateTo(@Nullable Long id) {
    var parameters =
        id == null ? RouteParameters.empty() : new RouteParameters("id", String.valueOf(id));
    getUI().ifPresent(ui -> ui.navigate(RegistrationsView.class, parameters));
  }

  private static String orDash(@Nullable String value) {
    return value == null || value.isBlank() ? "–" : value;
  }
}
