package com.channelportal.partner.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.identity.control.OrganizationDirectory.Invitee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The invitation's own fields, checked before Keycloak is asked. */
class TeamsTest {

  @Test
  void addressIsTrimmedAndLowerCasedNamesKeptAsTyped() {
    var valid = Teams.validInvitee(new Invitee("  Chen.XM@Litai.Example ", " 陈 ", "晓明", "en"));

    assertThat(valid).isEqualTo(new Invitee("chen.xm@litai.example", "陈", "晓明", "en"));
  }

  @Test
  void languageDefaultsToChinese() {
    assertThat(Teams.validInvitee(new Invitee("a@litai.example", "陈", "明", null)).language())
        .isEqualTo("zh-CN");
  }

  @ParameterizedTest
  @ValueSource(strings = {"<script>", "Tom & Jerry", "a/b", "50%", "(x)", "x;y"})
  void markupAndSymbolsAreRefusedInNames(String name) {
    assertThatThrownBy(() -> Teams.validInvitee(new Invitee("a@litai.example", name, "明", "en")))
        .isInstanceOfSatisfying(
            InvalidField.class, e -> assertThat(e.reason()).isEqualTo("familyName.CHARACTER"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"欧阳", "O'Brien", "Mary-Ann Jr.", "Zoë"})
  void ordinaryNamesPass(String name) {
    assertThat(Teams.validInvitee(new Invitee("a@litai.example", "陈", name, "en")).givenName())
        .isEqualTo(name);
  }

  @Test
  void eachBrokenFieldHasItsReason() {
    assertReason(new Invitee("no-address", "陈", "明", "en"), "email.INVALID_ADDRESS");
    assertReason(new Invitee("a@litai.example", " ", "明", "en"), "familyName.REQUIRED");
    assertReason(new Invitee("a@litai.example", "陈", "x".repeat(101), "en"), "givenName.TOO_LONG");
    assertReason(
        new Invitee("a@litai.example", "陈\u0007", "明", "en"), "familyName.CONTROL_CHARACTER");
    assertReason(new Invitee("a@litai.example", "陈", "明", "fr"), "language.UNSUPPORTED");
  }

  private static void assertReason(Invitee invitee, String reason) {
    assertThatThrownBy(() -> Teams.validInvitee(invitee))
        .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
