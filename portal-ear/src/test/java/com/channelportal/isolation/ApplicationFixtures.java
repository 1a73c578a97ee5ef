package com.channelportal.isolation;

import com.channelportal.onboarding.TestCompanies;
import com.channelportal.support.Http;
import jakarta.json.Json;
import java.util.function.Supplier;

/**
 * A partner application for the matrix: applications belong to no tenant (the applicant has no
 * account yet) and only brand admins may read or decide them, so one shared open application serves
 * every persona.
 */
final class ApplicationFixtures {

  private ApplicationFixtures() {}

  /** Enters an open application as the brand admin and returns its id. */
  static String openApplication(String portalUrl, Supplier<String> brandAdminToken) {
    var form =
        Json.createObjectBuilder()
            .add("companyName", "矩阵测试科技有限公司")
            .add("uscc", TestCompanies.randomUscc())
            .add("region", "上海市")
            .add("email", "applicant@matrix-test.example")
            .add("familyName", "测")
            .add("givenName", "试")
            .add("phone", "021-5555 6666")
            .add("language", "zh-CN")
            .build();
    var created =
        Http.request(
            "POST",
            portalUrl + "/api/v1/partner-applications",
            form.toString(),
            "Authorization",
            "Bearer " + brandAdminToken.get());
    if (created.statusCode() != 201) {
      throw new AssertionError("Could not enter an application: " + created.body());
    }
    return String.valueOf(Http.json(created).getJsonNumber("id").longValue());
  }
}
