package com.channelportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.stack.MailSink;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakAdmin;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keycloak's organization invitation, the e-mail that onboarding will send to a distributor's first
 * admin, reaches the stack's mail sink with a working link into the partners realm.
 */
@ExtendWith(StackExtension.class)
class InvitationMailIT {

  @Test
  void invitationToAnOrganizationArrivesInTheSink() throws Exception {
    PortalStack stack = StackExtension.stack();
    var admin = new KeycloakAdmin(stack.keycloakUrl());
    var token = admin.token();
    var litai =
        Http.jsonArray(
                Http.get(
                    admin.realmUrl("/organizations?search=litai"),
                    "Authorization",
                    "Bearer " + token))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(o -> "litai".equals(o.getString("alias")))
            .findFirst()
            .orElseThrow();
    var address = "new.colleague@litai.example";

    var invited =
        invite(
            admin.realmUrl("/organizations/" + litai.getString("id") + "/members/invite-user"),
            token,
            address);
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(204);

    var mail = stack.mailSink().awaitMessageTo(address, 20_000);
    assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(address);
    assertThat(mail.getFrom()[0].toString()).contains("portal@channelportal.example");
    var link = MailSink.firstLink(mail);
    assertThat(link).startsWith(stack.keycloakUrl() + "/realms/partners/");
  }

  private static HttpResponse<String> invite(String url, String token, String email)
      throws Exception {
    var form =
        "email="
            + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&firstName=Xin&lastName=Li";
    var request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
