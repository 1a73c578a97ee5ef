package com.channelportal.base.ui;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandlerUtil;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The session error handler (vaadin-cdi sets it on every new session): an exception in a click or
 * value listener is logged with its stack trace and the user sees only a short translated
 * notification. Broken connections stay ignored, as in Vaadin's default handler.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class PortalErrorHandler extends DefaultErrorHandler {

  private static final Logger LOG = Logger.getLogger(PortalErrorHandler.class.getName());

  static final int NOTIFICATION_MILLIS = 6000;

  @Override
  public void error(ErrorEvent event) {
    Throwable error = findRelevantThrowable(event.getThrowable());
    if (!shouldHandle(error) || ErrorHandlerUtil.handleErrorByRedirectingToErrorView(error)) {
      return;
    }
    LOG.log(Level.SEVERE, "Unexpected error in the UI", error);
    uiOf(event).ifPresent(PortalErrorHandler::notifyUser);
  }

  private static Optional<UI> uiOf(ErrorEvent event) {
    return event
        .getComponent()
        .flatMap(Component::getUI)
        .or(() -> Optional.ofNullable(UI.getCurrent()));
  }

  private static void notifyUser(UI ui) {
    ui.access(
        () -> {
          var notification =
              new Notification(
                  ui.getTranslation("error.unexpected"),
                  NOTIFICATION_MILLIS,
                  Notification.Position.TOP_CENTER);
          notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
          notification.open();
        });
  }
}
