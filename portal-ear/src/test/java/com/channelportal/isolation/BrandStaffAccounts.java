package com.channelportal.isolation;

import com.channelportal.support.KeycloakAdmin;
import java.util.List;

/** The brand personas of the matrix, as local users of the partners realm (see KeycloakAdmin). */
final class BrandStaffAccounts {

  private final KeycloakAdmin admin;
  private final String password;

  BrandStaffAccounts(String keycloakUrl, String password) {
    this.admin = new KeycloakAdmin(keycloakUrl);
    this.password = password;
  }

  void ensure(List<Persona> staff) {
    for (Persona persona : staff) {
      admin.ensureUser(
          persona.username(), password, "brand", persona.roles().toArray(String[]::new));
    }
  }
}
