package com.channelportal.onboarding.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class UniqueKeysTest {

  private static final String KEY = "uk_partner_application_open_uscc";

  @Test
  void theKeyNamedInAWrappedDuplicateEntry() {
    var mariaDb =
        new SQLIntegrityConstraintViolationException(
            "Duplicate entry '91440300MA5DLT2K0P' for key 'uk_partner_application_open_uscc'",
            "23000",
            1062);
    var wrapped = new RuntimeException("flush", new IllegalStateException("commit", mariaDb));

    assertThat(UniqueKeys.violated(wrapped, KEY)).isTrue();
    assertThat(UniqueKeys.violated(wrapped, "uk_partner_application_open_name_key")).isFalse();
  }

  @Test
  void mysql8PrefixesTheTable() {
    var mysql =
        new SQLException(
            "Duplicate entry 'x' for key 'partner_application.UK_PARTNER_APPLICATION_OPEN_USCC'",
            "23000",
            1062);

    assertThat(UniqueKeys.violated(mysql, KEY)).isTrue();
  }

  @Test
  void otherFailuresAreNoViolation() {
    var deadlock =
        new SQLException("Deadlock found; uk_partner_application_open_uscc", "40001", 1213);

    assertThat(UniqueKeys.violated(deadlock, KEY)).isFalse();
    assertThat(UniqueKeys.violated(new RuntimeException(KEY), KEY)).isFalse();
    assertThat(UniqueKeys.violated(null, KEY)).isFalse();
  }
}
