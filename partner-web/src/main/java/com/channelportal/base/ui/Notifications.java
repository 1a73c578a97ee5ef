package com.channelportal.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and refusals, shown the same way everywhere. Texts come translated. */
public final class Notifications {

  private static final int DURATION_MS = 4000;

  private Notifications() {}

  public static void success(String translatedText) {
    show(translatedText, NotificationVariant.LUMO_SUCCESS);
  }

  public static void error(String translatedText) {
    show(translatedText, NotificationVariant.LUMO_ERROR);
  }

  private static void show(String text, NotificationVariant variant) {
    var notification = new Notification(text, DURATION_MS, Notification.Position.BOTTOM_END);
    notification.addThemeVariants(variant);
    notification.open();
  }
}
