package com.channelportal.notification.ui;

import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.notification.boundary.Inbox;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The bell in the top bar: the caller's unread count, a click opens the notifications page. */
public class NotificationBell extends Composite<Button> implements AfterNavigationObserver {

  /** Counts above this show as "99+", so the bar keeps its width. */
  static final long SHOWN_MAX = 99;

  private final Span count = new Span();

  @Inject CurrentCaller currentCaller;

  @Inject Inbox inbox;

  @PostConstruct
  void init() {
    var button = getContent();
    button.setId("notification-bell");
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
    button.addClassName("notification-bell");
    count.setId("notification-count");
    count.addClassName("notification-count");
    button.setIcon(VaadinIcon.BELL.create());
    button.setSuffixComponent(count);
    button.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    ComponentUtil.setData(attach.getUI(), NotificationBell.class, this);
    refresh();
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    refresh();
  }

  /** Refreshes the bell of this UI, e.g. after marking notifications read without navigating. */
  static void refresh(UI ui) {
    var bell = ComponentUtil.getData(ui, NotificationBell.class);
    if (bell != null) {
      bell.refresh();
    }
  }

  void refresh() {
    var unread = currentCaller.find().map(c -> inbox.count(c, true)).orElse(0L);
    count.setText(label(unread));
    count.setVisible(unread > 0);
    getContent().setAriaLabel(getTranslation("notifications.bell", unread));
    getContent().setTooltipText(getTranslation("notifications.bell", unread));
  }

  static String label(long unread) {
    return unread > SHOWN_MAX ? SHOWN_MAX + "+" : String.valueOf(unread);
  }
}
