package com.channelportal.dealteam.ui;

import com.channelportal.dealteam.boundary.DealTasks;
import com.channelportal.dealteam.boundary.MyTaskFilter;
import com.channelportal.dealteam.entity.DealTask;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.security.CurrentCaller;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The caller's own tasks across the deals they may read, by due day: open ones by default, overdue
 * ones flagged with the caller's today (in their time zone), each linking to its deal.
 */
@Route("tasks")
@Menu(order = 15, icon = "vaadin:tasks", title = "menu.tasks")
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class MyTasksView extends Main implements HasDynamicTitle {

  /** As in {@code @Route}, which must be literal for the menu check. */
  static final String ROUTE = "tasks";

  static final String OPEN = "open";
  static final String DONE = "done";

  private final RadioButtonGroup<String> status = new RadioButtonGroup<>();
  private final Checkbox overdueOnly = new Checkbox();
  private final Grid<DealTask> grid = new Grid<>();
  private LocalDate today = LocalDate.now();

  @Inject CurrentCaller currentCaller;

  @Inject DealTasks tasks;

  @PostConstruct
  void init() {
    addClassName("my-tasks-view");
    today = tasks.today(caller());
    add(new H2(getTranslation("dealteam.my.title")), createToolbar(), configureGrid());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("dealteam.my.title");
  }

  private HorizontalLayout createToolbar() {
    status.setId("my-tasks-status");
    status.setAriaLabel(getTranslation("dealteam.my.status"));
    status.setItems(OPEN, DONE);
    status.setItemLabelGenerator(s -> getTranslation(DealTeamTexts.myStatusKey(s)));
    status.setValue(OPEN);
    status.addValueChangeListener(
        change -> {
          overdueOnly.setEnabled(OPEN.equals(change.getValue()));
          refresh();
        });
    overdueOnly.setId("my-tasks-overdue");
    overdueOnly.setLabel(getTranslation("dealteam.my.overdue-only"));
    overdueOnly.addValueChangeListener(change -> refresh());
    var toolbar = new HorizontalLayout(status, overdueOnly);
    toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
    toolbar.setWrap(true);
    return toolbar;
  }

  private Grid<DealTask> configureGrid() {
    grid.setId("my-tasks-grid");
    grid.addColumn(DealTask::getTitle)
        .setHeader(getTranslation("dealteam.task.title"))
        .setFlexGrow(1);
    grid.addComponentColumn(this::dealLink)
        .setHeader(getTranslation("dealteam.my.deal"))
        .setAutoWidth(true);
    grid.addComponentColumn(t -> TaskBadges.due(this, t, today))
        .setHeader(getTranslation("dealteam.task.due-date"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(t -> TaskBadges.status(this, t.getStatus()))
        .setHeader(getTranslation("dealteam.task.status"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(
        query -> tasks.mine(caller(), filter(), query.getOffset(), query.getLimit()).stream(),
        query -> (int) tasks.countMine(caller(), filter()));
    grid.setEmptyStateText(getTranslation("dealteam.my.empty"));
    return grid;
  }

  private RouterLink dealLink(DealTask task) {
    var link =
        new RouterLink(
            DealTeamView.class,
            new RouteParameters(DealTeamView.ID, String.valueOf(task.getRegistrationId())));
    link.setText(getTranslation("dealteam.my.deal.link", String.valueOf(task.getRegistrationId())));
    link.addClassName("my-task-deal");
    return link;
  }

  private MyTaskFilter filter() {
    var done = DONE.equals(status.getValue());
    return new MyTaskFilter(done, !done && Boolean.TRUE.equals(overdueOnly.getValue()));
  }

  private void refresh() {
    today = tasks.today(caller());
    grid.getDataProvider().refreshAll();
  }

  private Caller caller() {
    return currentCaller.get();
  }
}
