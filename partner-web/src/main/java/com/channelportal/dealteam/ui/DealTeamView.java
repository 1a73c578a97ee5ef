package com.channelportal.dealteam.ui;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.followup.boundary.Deals;
import com.channelportal.identity.security.CurrentCaller;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * A deal's team and tasks on a page of their own, the page that "my tasks" links to; the deal
 * workspace ({@code deals/:id}) shows the same panels as tabs. A deal the caller may not read is
 * "not found".
 */
@Route("deals/:id/team")
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class DealTeamView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  static final String ID = "id";

  private final H2 title = new H2();

  @Inject CurrentCaller currentCaller;

  @Inject Deals deals;

  @Inject DealTeamPanel teamPanel;

  @Inject DealTasksPanel tasksPanel;

  @PostConstruct
  void init() {
    addClassName("deal-team-view");
    title.setId("deal-team-title");
    teamPanel.addChangeListener(tasksPanel::refreshTeam);
    add(title, teamPanel, tasksPanel);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("dealteam.page-title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var id = event.getRouteParameters().getLong(ID);
    if (id.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    try {
      var deal = deals.readable(currentCaller.get(), id.get());
      title.setText(
          getTranslation(
              "dealteam.page.heading",
              Objects.toString(deal.getNumber(), ""),
              Objects.toString(deal.getCustomer().getName(), "")));
      teamPanel.show(id.get());
      tasksPanel.show(id.get());
    } catch (RecordNotFound | AccessDenied outsideScope) {
      event.rerouteToError(NotFoundException.class);
    }
  }
}
