package com.channelportal.base.ui;

import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.settings.boundary.UserSettings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The language a person sees. Vaadin starts each session in the browser's language (matched against
 * {@link Translations#LOCALES}); a language the person chose in the portal wins over it on every
 * device, so it is stored with their settings and applied to each new UI before the first view is
 * built.
 */
@ApplicationScoped
public class UserLanguage {

  @Inject CurrentCaller currentCaller;

  @Inject UserSettings userSettings;

  void applyOnEveryUi(@Observes ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> applyChosen(init.getUI()));
  }

  /** Stores the choice and shows it; the caller reloads the page so every text follows. */
  public void choose(UI ui, Locale language) {
    userSettings.chooseLanguage(currentCaller.get(), language);
    show(ui, language);
  }

  private void applyChosen(UI ui) {
    currentCaller
        .find()
        .flatMap(userSettings::languageOf)
        .map(Translations::supported)
        .ifPresent(language -> show(ui, language));
  }

  private static void show(UI ui, Locale language) {
    ui.getSession().setLocale(language);
    ui.setLocale(language);
  }
}
