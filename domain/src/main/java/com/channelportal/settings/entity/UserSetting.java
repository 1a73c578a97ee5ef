package com.channelportal.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person's own preferences, keyed by the token subject. The language chosen here wins over the
 * browser's; without a row the browser decides.
 */
@Entity
@Table(name = "user_setting")
public class UserSetting {

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  @Id
  @Column(name = "subject", length = 64)
  private String subject;

  @Nullable
  @Column(name = "language_tag", length = 16)
  private String languageTag;

  @Column(name = "time_zone", length = 64, nullable = false)
  private String timeZone = DEFAULT_ZONE.getId();

  /** UTC. */
  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected UserSetting() {}

  public UserSetting(String subject, LocalDateTime nowUtc) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.updatedAt = Objects.requireNonNull(nowUtc, "nowUtc");
  }

  public void chooseLanguage(Locale locale, LocalDateTime nowUtc) {
    this.languageTag = locale.toLanguageTag();
    this.updatedAt = nowUtc;
  }

  public String getSubject() {
    return subject;
  }

  public @Nullable Locale getLanguage() {
    return languageTag == null ? null : Locale.forLanguageTag(languageTag);
  }

  public ZoneId getTimeZone() {
    return ZoneId.of(timeZone);
  }
}
