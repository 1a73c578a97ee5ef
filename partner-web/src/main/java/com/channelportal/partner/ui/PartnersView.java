package com.channelportal.partner.ui;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.base.ui.Notifications;
import com.channelportal.base.ui.SearchField;
import com.channelportal.identity.entity.Role;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.partner.boundary.PartnerFilter;
import com.channelportal.partner.boundary.Partners;
import com.channelportal.partner.entity.PartnerCompany;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
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
import java.util.List;

/**
 * The brand's list of distributors: brand admins see and edit all, channel managers see the ones
 * assigned to them (read-only). The selected partner is in the URL ({@code partners/12}), so a link
 * to it survives a reload and can be shared.
 */
@Route("partners/:id?")
@Menu(order = 10, icon = "vaadin:handshake", title = "menu.partners")
@RolesAllowed({"channel-manager", "brand-admin"})
public class PartnersView extends Main implements HasDynamicTitle, BeforeEnterObserver {

  private TextField filter;
  private final Grid<PartnerCompany> grid = new Grid<>();

  @Inject CurrentCaller currentCaller;

  @Inject Partners partners;

  @Inject PartnerForm form;

  @PostConstruct
  void init() {
    addClassName("partners-view");
    form.setEditable(currentCaller.get().hasRole(Role.BRAND_ADMIN));
    form.addSaveListener(saved -> save(saved.draft()));
    form.addCloseListener(closed -> navigateTo(null));
    add(configureFilter(), configureGrid(), form);
    form.setVisible(false);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("partners.page-title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var id = event.getRouteParameters().getLong("id");
    if (id.isEmpty()) {
      form.setVisible(false);
      grid.deselectAll();
      return;
    }
    try {
      form.edit(partners.get(currentCaller.get(), id.get()));
      form.setVisible(true);
    } catch (RecordNotFound outsideScope) {
      // the same page as for an id that does not exist: nothing tells that it belongs to someone
      event.rerouteToError(NotFoundException.class);
    }
  }

  private TextField configureFilter() {
    filter =
        SearchField.create(
            "partners-filter",
            getTranslation("partners.filter"),
            () -> grid.getDataProvider().refreshAll());
    return filter;
  }

  private Grid<PartnerCompany> configureGrid() {
    grid.setId("partners-grid");
    grid.addColumn(PartnerCompany::getName)
        .setHeader(getTranslation("partner.name"))
        .setKey("name")
        .setSortable(true)
        .setFlexGrow(2);
    grid.addColumn(PartnerCompany::getUscc)
        .setHeader(getTranslation("partner.uscc"))
        .setKey("uscc");
    grid.addColumn(PartnerCompany::getRegion)
        .setHeader(getTranslation("partner.region"))
        .setKey("region")
        .setSortable(true);
    grid.addColumn(c -> getTranslation(PartnerForm.tierKey(c.getTier())))
        .setHeader(getTranslation("partner.tier"))
        .setKey("tier")
        .setSortable(true);
    grid.addColumn(c -> getTranslation(PartnerForm.statusKey(c.getStatus())))
        .setHeader(getTranslation("partner.status"))
        .setKey("status")
        .setSortable(true);
    grid.addColumn(PartnerCompany::getChannelManager)
        .setHeader(getTranslation("partner.channel-manager"))
        .setKey("channelManager")
        .setSortable(true);
    grid.setItems(
            query ->
                partners
                    .list(
                        currentCaller.get(),
                        filterOf(query.getSortOrders()),
                        query.getOffset(),
                        query.getLimit())
                    .stream(),
            query -> (int) partners.count(currentCaller.get(), filterOf(query.getSortOrders())))
        .setIdentifierProvider(PartnerCompany::getId);
    grid.asSingleSelect()
        .addValueChangeListener(
            change -> {
              if (change.isFromClient()) {
                navigateTo(change.getValue());
              }
            });
    return grid;
  }

  private PartnerFilter filterOf(List<QuerySortOrder> orders) {
    var text = filter.getValue();
    if (orders.isEmpty()) {
      return new PartnerFilter(text, "name", true);
    }
    var first = orders.get(0);
    return new PartnerFilter(
        text, first.getSorted(), first.getDirection() == SortDirection.ASCENDING);
  }

  private void save(PartnerDraft draft) {
    try {
      var saved =
          partners.changeProfile(
              currentCaller.get(),
              draft.getId(),
              draft.getVersion(),
              draft.programme(),
              draft.contact());
      grid.getDataProvider().refreshAll();
      form.edit(saved);
      Notifications.success(getTranslation("partners.saved", saved.getName()));
    } catch (InvalidField invalid) {
      form.showError(invalid.field(), getTranslation(PartnerForm.invalidKey(invalid.reason())));
    } catch (StaleRecord stale) {
      form.edit(partners.get(currentCaller.get(), draft.getId()));
      Notifications.error(getTranslation("partners.stale"));
    } catch (AccessDenied denied) {
      Notifications.error(getTranslation("error.access-denied"));
    }
  }

  private void navigateTo(PartnerCompany company) {
    var parameters =
        company == null
            ? RouteParameters.empty()
            : new RouteParameters("id", String.valueOf(company.getId()));
    getUI().ifPresent(ui -> ui.navigate(PartnersView.class, parameters));
  }
}
