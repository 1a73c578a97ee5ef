package com.channelportal.isolation;

import com.channelportal.isolation.TenantFixtures.Target;
import com.channelportal.isolation.TenantFixtures.Write;
import com.channelportal.onboarding.TestCompanies;
import com.channelportal.support.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Deal registrations and customers of each tenant for the matrix, made through the API by the
 * tenant's own user: a submitted registration (its customer record is the tenant's customer
 * fixture) and a draft (the registration fixture, which a permitted PUT sends back unchanged).
 * Submission and withdrawal get no valid write: without If-Match they answer 428 to the owner and
 * leave the draft as it is, and "not found" to everyone else.
 */
final class RegistrationFixtures {

  static final String REGISTRATIONS = "/api/v1/registrations";

  /** The ids one tenant contributes. */
  record Owned(String draftId, String customerId) {}

  private final String portalUrl;
  private final Function<Persona, String> bearer;

  RegistrationFixtures(String portalUrl, Function<Persona, String> bearer) {
    this.portalUrl = portalUrl;
    this.bearer = bearer;
  }

  Owned createFor(Persona owner) {
    var outcome = submit(owner, create(owner, "测试"));
    var customerId = outcome.getJsonNumber("customerId").longValue();
    var draft = create(owner, "测试");
    return new Owned(
        String.valueOf(draft.getJsonNumber("id").longValue()), String.valueOf(customerId));
  }

  /**
   * A registration of the owner's, submitted and approved at once (its customer conflicts with
   * nothing): the deal other features' fixtures hang their records on.
   *
   * @param kind a word in the customer's name telling which fixture made it
   */
  long approved(Persona owner, String kind) {
    var draft = create(owner, kind);
    var id = draft.getJsonNumber("id").longValue();
    var status = submit(owner, draft).getString("status");
    if (!"APPROVED".equals(status)) {
      throw new AssertionError("The fixture deal is " + status + ", not APPROVED");
    }
    return id;
  }

  /** Submits {@code draft} as read, as its owner; the registration as answered. */
  private JsonObject submit(Persona owner, JsonObject draft) {
    var response =
        Http.request(
            "POST",
            portalUrl + REGISTRATIONS + "/" + draft.getJsonNumber("id").longValue() + "/submission",
            null,
            "Authorization",
            "Bearer " + bearer.apply(owner),
            "If-Match",
            "\"" + draft.getJsonNumber("version").longValue() + "\"");
    check(response, 200, "submit a fixture registration as " + owner);
    return Http.json(response);
  }

  /** PUT …/{id} with the draft's current content and ETag, read as the brand admin. */
  Write unchangedDraft(Target target) {
    var current =
        Http.get(
            portalUrl + target.path(),
            "Authorization",
            "Bearer " + bearer.apply(Persona.BRAND_ADMIN));
    check(current, 200, "read the fixture draft " + target.path());
    var etag = current.headers().firstValue("ETag").orElseThrow();
    return new Write(current.body(), List.of("If-Match", etag));
  }

  /** A company name nobody else uses, so the fixtures conflict with nothing. */
  static String uniqueCompanyName(String kind) {
    var digits = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    return "矩阵" + kind + digits + "精密仪器有限公司";
  }

  static String availabilityQuery() {
    return "q=" + URLEncoder.encode(uniqueCompanyName("查询"), StandardCharsets.UTF_8);
  }

  private JsonObject create(Persona owner, String kind) {
    var form =
        Json.createObjectBuilder()
            .add(
                "customer",
                Json.createObjectBuilder()
                    .add("name", uniqueCompanyName(kind))
                    .add("uscc", TestCompanies.randomUscc())
                    .add("province", "上海市")
                    .add("city", "上海"))
            .add("contactName", "王测试")
            .add("contactPhone", "021-5555 6666")
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("product", "数控机床 X1").add("quantity", 2)))
            .add("estimatedAmount", "350000.00")
            .add("expectedCloseDate", LocalDate.now().plusMonths(3).toString())
            .build();
    var created =
        Http.request(
            "POST",
            portalUrl + REGISTRATIONS,
            form.toString(),
            "Authorization",
            "Bearer " + bearer.apply(owner));
    check(created, 201, "create a fixture registration as " + owner);
    return Http.json(created);
  }

  private static void check(HttpResponse<String> response, int expected, String what) {
    if (response.statusCode() != expected) {
      throw new AssertionError(
          "Could not " + what + ": " + response.statusCode() + " " + response.body());
    }
  }
}
