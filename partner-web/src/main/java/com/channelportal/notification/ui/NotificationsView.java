package com.channelportal.notification.ui;

import com.channelportal.base.ui.DisplayTime;
import com.channelportal.base.ui.Notifications;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.notification.boundary.Inbox;
import com.channelportal.notification.control.NotificationParams;
import com.channelportal.notification.control.NotificationTexts;
import com.channelportal.notification.entity.Notification;
import com.channelportal.notification.entity.NotificationKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashSet;

/**
 * The caller's notifications, newest first: a click opens the registration and marks it read.
 * Below, which kinds come by e-mail; the portal list always has them all.
 */
@Route("notifications")
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class NotificationsView extends Main implements HasDynamicTitle {

  private final Grid<Notification> grid = new Grid<>();
  private final Checkbox unreadOnly = new Checkbox();
  private final CheckboxGroup<NotificationKind> email = new CheckboxGroup<>();

  @Inject CurrentCaller currentCaller;

  @Inject Inbox inbox;

  @PostConstruct
  void init() {
    addClassName("notifications-view");
    var title = new H2(getTranslation("notifications.title"));
    add(title, createToolbar(), configureGrid(), createPreferences());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("notifications.title");
  }

  private HorizontalLayout createToolbar() {
    unreadOnly.setId("notifications-unread-only");
    unreadOnly.setLabel(getTranslation("notifications.unread-only"));
    unreadOnly.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    var markAll =
        new Button(getTranslation("notifications.mark-all-read"), VaadinIcon.CHECK.create());
    markAll.setId("notifications-mark-all-read");
    markAll.addClickListener(click -> markAllRead());
    var toolbar = new HorizontalLayout(unreadOnly, markAll);
    toolbar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    return toolbar;
  }

  private Grid<Notification> configureGrid() {
    grid.setId("notifications-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(false);
    grid.addComponentColumn(this::state)
        .setHeader(getTranslation("notifications.state"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(this::title).setHeader(getTranslation("notifications.what")).setFlexGrow(1);
    grid.addColumn(n -> DisplayTime.format(n.getCreatedAt()))
        .setHeader(getTranslation("notifications.when"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(
        query ->
            inbox
                .list(caller(), unreadOnly.getValue(), query.getOffset(), query.getLimit())
                .stream());
    grid.addItemClickListener(click -> open(click.getItem()));
    return grid;
  }

  private Span state(Notification notification) {
    var state = new Span();
    if (!notification.isRead()) {
      state.setText(getTranslation("notifications.unread"));
      state.addClassName("notification-unread");
    }
    return state;
  }

  private String title(Notification n) {
    var params = NotificationParams.parse(n.getParams());
    return NotificationTexts.title(n.getKind(), n.getAudience(), params, getLocale());
  }

  private void open(Notification notification) {
    inbox.markRead(caller(), notification.getId());
    getUI().ifPresent(ui -> ui.navigate("registrations/" + notification.getSubjectId()));
  }

  private void markAllRead() {
    inbox.markAllRead(caller());
    grid.getDataProvider().refreshAll();
    getUI().ifPresent(NotificationBell::refresh);
  }

  private Details createPreferences() {
    email.setId("notifications-email");
    email.setLabel(getTranslation("notifications.email.label"));
    email.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    var kinds = inbox.kinds(caller());
    email.setItems(kinds);
    email.setItemLabelGenerator(kind -> getTranslation(kindKey(kind)));
    var on = EnumSet.noneOf(NotificationKind.class);
    on.addAll(kinds);
    on.removeAll(inbox.emailOff(caller()));
    email.setValue(on);
    var save = new Button(getTranslation("notifications.email.save"));
    save.setId("notifications-email-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(click -> savePreferences());
    var details = new Details(getTranslation("notifications.email.title"));
    details.setId("notifications-preferences");
    details.add(email, save);
    return details;
  }

  private void savePreferences() {
    var off = new HashSet<>(inbox.kinds(caller()));
    off.removeAll(email.getValue());
    inbox.changeEmailOff(caller(), off);
    Notifications.success(getTranslation("notifications.email.saved"));
  }

  static String kindKey(NotificationKind kind) {
    return "notification.kind." + kind.name();
  }

  private Caller caller() {
    return currentCaller.get();
  }
}
