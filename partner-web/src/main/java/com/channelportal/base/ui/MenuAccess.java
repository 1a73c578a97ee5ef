package com.channelportal.base.ui;

import com.vaadin.flow.server.auth.DefaultMenuAccessControl;
import com.vaadin.flow.server.auth.MenuAccessControl;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

/**
 * The menu only lists views the user may open. vaadin-cdi asks CDI for a {@link MenuAccessControl}
 * and, finding none, tries to instantiate the interface itself and fails; so the default
 * implementation is produced here.
 */
@Dependent
public class MenuAccess {

  @Produces
  MenuAccessControl menuAccessControl() {
    return new DefaultMenuAccessControl();
  }
}
