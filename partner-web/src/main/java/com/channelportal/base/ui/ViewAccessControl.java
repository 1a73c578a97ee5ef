package com.channelportal.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.event.Observes;

/**
 * Checks every navigation against the view's
 * {@code @PermitAll}/{@code @RolesAllowed}/{@code @DenyAll}; a view without one of them cannot be
 * opened. There is no login view: the container has already sent the user through Keycloak before
 * any view renders, and the roles come from {@code HttpServletRequest.isUserInRole}, i.e. the
 * token's {@code groups}.
 */
public class ViewAccessControl {

  void install(@Observes ServiceInitEvent event) {
    var accessControl = new NavigationAccessControl();
    accessControl.setEnabled(true);
    event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(accessControl));
  }
}
