package com.channelportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.stack.StackExtension;
import com.channelportal.support.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Operations endpoints answer without login; readiness includes the database. */
@ExtendWith(StackExtension.class)
class HealthAndOpenApiIT {

  @Test
  void liveIsUp() {
    var response = Http.get(StackExtension.stack().portalUrl() + "/health/live");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(Http.json(response).getString("status")).isEqualTo("UP");
  }

  @Test
  void readyIsUpAndChecksTheDatabase() {
    var response = Http.get(StackExtension.stack().portalUrl() + "/health/ready");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var checks = Http.json(response).getJsonArray("checks").getValuesAs(JsonObject.class);
    assertThat(checks)
        .anySatisfy(
            check -> {
              assertThat(check.getString("name")).isEqualTo("database");
              assertThat(check.getString("status")).isEqualTo("UP");
            });
  }

  @Test
  void openApiDocumentsTheMeEndpointAndBearerSecurity() {
    var response =
        Http.get(StackExtension.stack().portalUrl() + "/openapi", "Accept", "application/json");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("/api/v1/me").contains("bearer");
  }
}
