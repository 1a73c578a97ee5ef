package com.channelportal.settings.boundary;

import com.channelportal.identity.entity.Caller;
import com.channelportal.settings.entity.UserSetting;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads and changes the caller's own settings; nobody can touch another person's. */
@Stateless
public class UserSettings {

  /** The languages the portal speaks; anything else falls back to the browser's choice. */
  public static final Set<Locale> LANGUAGES = Set.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  public Optional<Locale> languageOf(Caller caller) {
    return Optional.ofNullable(em.find(UserSetting.class, caller.subject()))
        .map(UserSetting::getLanguage);
  }

  public void chooseLanguage(Caller caller, Locale locale) {
    if (!LANGUAGES.contains(locale)) {
      throw new IllegalArgumentException("Unsupported language: " + locale.toLanguageTag());
    }
    var now = LocalDateTime.now(clock);
    var setting = em.find(UserSetting.class, caller.subject(), LockModeType.PESSIMISTIC_WRITE);
    if (setting == null) {
      setting = new UserSetting(caller.subject(), now);
      em.persist(setting);
    }
    setting.chooseLanguage(locale, now);
  }
}
