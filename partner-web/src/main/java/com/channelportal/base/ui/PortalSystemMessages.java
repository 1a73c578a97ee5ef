package com.channelportal.base.ui;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The texts Vaadin's client shows on its own. An expired session reloads the page without a
 * message: the container then sends the browser through the Keycloak login, which says what is
 * needed. The remaining messages are translated.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class PortalSystemMessages implements SystemMessagesProvider {

  @Inject @VaadinServiceEnabled Translations translations;

  @Override
  public SystemMessages getSystemMessages(SystemMessagesInfo info) {
    Locale locale = info.getLocale();
    var messages = new CustomizedSystemMessages();
    messages.setSessionExpiredNotificationEnabled(false);
    messages.setInternalErrorCaption(
        translations.getTranslation("system.internal-error.caption", locale));
    messages.setInternalErrorMessage(
        translations.getTranslation("system.internal-error.message", locale));
    messages.setCookiesDisabledCaption(
        translations.getTranslation("system.cookies-disabled.caption", locale));
    messages.setCookiesDisabledMessage(
        translations.getTranslation("system.cookies-disabled.message", locale));
    return messages;
  }
}
