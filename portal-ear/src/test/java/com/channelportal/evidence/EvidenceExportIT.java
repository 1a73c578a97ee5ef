package com.channelportal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.onboarding.TestCompanies;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakAdmin;
import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two partners claim one customer; the brand exports the second claim's dispute evidence as CSV and
 * as PDF and finds both claims with their timelines in the brand's time zone, the matcher's
 * reasons, the customer confirmation asked for, the audit entries with their hashes and the chain's
 * state. Partners and channel managers out of scope get nothing, and every export is audited.
 */
@ExtendWith(StackExtension.class)
class EvidenceExportIT {

  private static final String OTHER_MANAGER = "it.evidence.cm";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static PortalStack stack;
  private static EvidenceApi api;
  private static String firstNumber;
  private static String secondNumber;
  private static long secondId;
  private static String customer;

  @BeforeAll
  static void twoClaimsOnOneCustomer() {
    stack = StackExtension.stack();
    api = new EvidenceApi(stack);
    new KeycloakAdmin(stack.keycloakUrl())
        .ensureUser(OTHER_MANAGER, stack.demoPassword(), "brand", "channel-manager");
    customer = EvidenceApi.uniqueCustomer("争议");
    var uscc = TestCompanies.randomUscc();
    var first = api.submitted("litai.user", customer, uscc);
    var second = api.submitted("huanan.user", customer, uscc);
    assertThat(second.getString("status")).isEqualTo("UNDER_REVIEW");
    firstNumber = first.getString("number");
    secondNumber = second.getString("number");
    secondId = second.getJsonNumber("id").longValue();
    var asked =
        api.send(
            "POST",
            EvidenceApi.REGISTRATIONS + "/" + secondId + "/confirmations",
            "huanan.user",
            Json.createObjectBuilder().add("email", "buyer@dispute.example").build().toString());
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
  }

  @Test
  void theCsvHoldsBothClaimsReasonsConfirmationAndHashedAuditEntries() throws Exception {
    var response = download("text/csv", "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    var csv = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFsection,record,time,item,value,detail,hash\r\n");
    assertThat(csv)
        .contains("export," + secondNumber)
        .contains("chainValid,true")
        .contains("registration," + secondNumber)
        .contains("claim," + firstNumber)
        .contains(customer)
        .contains("华南电气有限公司")
        .contains("深圳利泰机电有限公司")
        .contains("USCC_EQUAL")
        .contains("confirmation," + secondNumber)
        .contains("buyer@dispute.example")
        .contains("+08:00 [Asia/Shanghai]")
        .containsPattern("audit,\\d+,[^,]+,registration\\.submitted,")
        .containsPattern("[0-9a-f]{64} ← [0-9a-f]{64}");
    assertThat(csv.lines().filter(l -> l.startsWith("history," + secondNumber)).count())
        .isGreaterThanOrEqualTo(3);
    assertThat(csv.lines().filter(l -> l.startsWith("claim-history," + firstNumber)).count())
        .isGreaterThanOrEqualTo(3);
    assertThat(exportsAudited()).isPositive();
  }

  @Test
  void thePdfShowsTheSameEvidenceWithChineseText() throws Exception {
    var byAccept = download("application/pdf", "");
    var byQuery = download("*/*", "?format=pdf");

    for (var response : List.of(byAccept, byQuery)) {
      assertThat(response.statusCode()).isEqualTo(200);
      // the container adds the WAR's response encoding as a charset, even to a PDF
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
      try (var pdf = Loader.loadPDF(response.body())) {
        var text = new PDFTextStripper().getText(pdf);
        assertThat(text)
            .contains(secondNumber)
            .contains(firstNumber)
            .contains("华南电气有限公司")
            .contains("Asia/Shanghai")
            .contains("Audit chain intact");
      }
    }
  }

  @Test
  void partnersAndManagersOutOfScopeGetNothing() throws Exception {
    for (var user : new String[] {"huanan.user", "litai.admin"}) {
      var refused = api.get(path(), user);
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      EvidenceApi.assertProblem(refused);
      assertThat(refused.body()).doesNotContain(customer);
    }
    var outOfScope = api.get(path(), OTHER_MANAGER);
    assertThat(outOfScope.statusCode()).isEqualTo(404);
    EvidenceApi.assertProblem(outOfScope);
    assertThat(Http.get(stack.portalUrl() + path()).statusCode()).isEqualTo(401);
  }

  private static String path() {
    return EvidenceApi.REGISTRATIONS + "/" + secondId + "/evidence";
  }

  private static HttpResponse<byte[]> download(String accept, String query) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(stack.portalUrl() + path() + query))
            .header("Authorization", "Bearer " + api.token(EvidenceApi.BRAND_ADMIN))
            .header("Accept", accept)
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static long exportsAudited() throws Exception {
    try (var db = DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
        var query =
            db.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'evidence.exported'"
                    + " AND subject_id = ?")) {
      query.setString(1, String.valueOf(secondId));
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
