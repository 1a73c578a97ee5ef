package com.channelportal.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Page-wide settings. The stylesheet is linked, not imported: {@code @CssImport} or a theme would
 * force a custom frontend bundle, which cannot be built here. The viewport for phones ({@code
 * width=device-width, initial-scale=1, viewport-fit=cover}) already comes with Vaadin's
 * pre-compiled {@code index.html}.
 */
public class PortalShell implements AppShellConfigurator {

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.addLink("stylesheet", "styles/portal.css");
  }
}
