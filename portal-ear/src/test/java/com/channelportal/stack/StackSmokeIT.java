package com.channelportal.stack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The three servers of the test stack are up and wired the way the portal expects. */
@ExtendWith(StackExtension.class)
class StackSmokeIT {

  private final PortalStack stack = StackExtension.stack();

  @Test
  void keycloakPublishesThePartnersRealmWithALocalhostIssuer() throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            stack.keycloakUrl()
                                + "/realms/partners/.well-known/openid-configuration"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    var metadata = Json.createReader(new StringReader(response.body())).readObject();
    assertThat(metadata.getString("issuer"))
        .startsWith("http://localhost:")
        .isEqualTo(stack.keycloakUrl() + "/realms/partners");
  }

  @Test
  void databaseAcceptsThePortalUser() throws Exception {
    try (var connection =
            DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
        var result = connection.createStatement().executeQuery("select database(), version()")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getString(1)).isEqualTo("portal");
      assertThat(result.getString(2)).contains("MariaDB");
    }
  }

  @Test
  void payaraAdminPortAnswers() throws Exception {
    try (var socket = new Socket("localhost", stack.payaraAdminPort())) {
      assertThat(socket.isConnected()).isTrue();
    }
  }
}
