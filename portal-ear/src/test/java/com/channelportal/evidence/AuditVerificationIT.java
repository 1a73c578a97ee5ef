package com.channelportal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Http;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit chain checked against the real database, after tampering with it the way an attacker
 * with database access would: one field of an entry changed by a plain UPDATE, and one entry
 * deleted. The brand admin's endpoint and the operator's command (the runnable jar, against the
 * database alone) must both name exactly that entry, and agree byte for byte. Every change is put
 * back afterwards, so that the chain is intact again for the other tests.
 */
@ExtendWith(StackExtension.class)
class AuditVerificationIT {

  private static final String VERIFICATION = "/api/v1/audit/verification";
  private static final Path VERIFIER_JAR =
      Path.of("").toAbsolutePath().resolveSibling("domain").resolve("target/audit-verifier.jar");

  private static PortalStack stack;
  private static EvidenceApi api;

  @BeforeAll
  static void setUp() {
    stack = StackExtension.stack();
    api = new EvidenceApi(stack);
    // a few fresh entries, so that the tampered one is followed by another
    api.submitted("litai.user", EvidenceApi.uniqueCustomer("审计"));
    api.submitted("huanan.user", EvidenceApi.uniqueCustomer("审计"));
  }

  @Test
  void onlyBrandAdminsVerify() {
    for (var user : new String[] {"litai.user", "litai.admin"}) {
      var refused = api.get(VERIFICATION, user);
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      EvidenceApi.assertProblem(refused);
    }
    var anonymous = Http.get(stack.portalUrl() + VERIFICATION);
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void aChangedFieldIsReportedAtExactlyThatEntryByTheEndpointAndTheCommand() throws Exception {
    var intact = verifyThroughApi();
    assertThat(intact.getBoolean("valid")).as(intact.toString()).isTrue();
    assertThat(intact.get("firstBrokenLink").getValueType().name()).isEqualTo("NULL");
    assertThat(runCommand().exitCode()).isZero();

    try (var db = connect()) {
      long target = secondNewestId(db);
      String actor = string(db, "SELECT actor FROM audit_entry WHERE id = " + target);
      String hash = string(db, "SELECT hash FROM audit_entry WHERE id = " + target);
      update(db, "UPDATE audit_entry SET actor = 'mallory' WHERE id = " + target);
      try {
        var report = verifyThroughApi();
        assertThat(report.getBoolean("valid")).isFalse();
        var broken = report.getJsonObject("firstBrokenLink");
        assertThat(broken.getJsonNumber("id").longValue()).isEqualTo(target);
        assertThat(broken.getString("reason")).isEqualTo("CONTENT");
        assertThat(broken.getString("actualHash")).isEqualTo(hash);
        assertThat(broken.getString("expectedHash")).hasSize(64).isNotEqualTo(hash);

        var command = runCommand();
        assertThat(command.exitCode()).as(command.error()).isEqualTo(1);
        assertThat(command.output().strip()).isEqualTo(api.get(VERIFICATION, admin()).body());
      } finally {
        update(db, "UPDATE audit_entry SET actor = '" + actor + "' WHERE id = " + target);
      }
      assertThat(verifyThroughApi().getBoolean("valid")).isTrue();
    }
  }

  @Test
  void aDeletedEntryBreaksTheChainAtTheEntryAfterIt() throws Exception {
    assertThat(verifyThroughApi().getBoolean("valid")).isTrue();
    try (var db = connect()) {
      long target = secondNewestId(db);
      long next =
          Long.parseLong(string(db, "SELECT MIN(id) FROM audit_entry WHERE id > " + target));
      String hash = string(db, "SELECT hash FROM audit_entry WHERE id = " + target);
      String prevHash = string(db, "SELECT prev_hash FROM audit_entry WHERE id = " + target);
      update(
          db,
          "CREATE TEMPORARY TABLE removed_entry AS SELECT * FROM audit_entry WHERE id = " + target);
      update(db, "DELETE FROM audit_entry WHERE id = " + target);
      try {
        var broken = verifyThroughApi().getJsonObject("firstBrokenLink");
        assertThat(broken.getJsonNumber("id").longValue()).isEqualTo(next);
        assertThat(broken.getString("reason")).isEqualTo("LINK");
        assertThat(broken.getString("expectedHash")).isEqualTo(prevHash);
        assertThat(broken.getString("actualHash")).isEqualTo(hash);

        var command = runCommand();
        assertThat(command.exitCode()).as(command.error()).isEqualTo(1);
        assertThat(command.output().strip()).isEqualTo(api.get(VERIFICATION, admin()).body());
      } finally {
        update(db, "INSERT INTO audit_entry SELECT * FROM removed_entry");
        update(db, "DROP TEMPORARY TABLE removed_entry");
      }
      assertThat(verifyThroughApi().getBoolean("valid")).isTrue();
    }
  }

  private static JsonObject verifyThroughApi() {
    var response = api.get(VERIFICATION, admin());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  private static String admin() {
    return EvidenceApi.BRAND_ADMIN;
  }

  /** The entry before the newest: it has a successor, whose link shows a deletion. */
  private static long secondNewestId(Connection db) throws SQLException {
    return Long.parseLong(
        string(db, "SELECT id FROM audit_entry ORDER BY id DESC LIMIT 1 OFFSET 1"));
  }

  private record CommandResult(int exitCode, String output, String error) {}

  private static CommandResult runCommand() throws IOException, InterruptedException {
    assertThat(VERIFIER_JAR).as("built by the domain module's package phase").isRegularFile();
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var builder =
        new ProcessBuilder(
            java,
            "-jar",
            VERIFIER_JAR.toString(),
            "--url",
            stack.jdbcUrl(),
            "--user",
            stack.dbUser());
    builder.environment().put("PORTAL_DB_PASSWORD", stack.dbPassword());
    var out = Files.createTempFile("audit-verifier", ".out");
    var err = Files.createTempFile("audit-verifier", ".err");
    var process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new CommandResult(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
  }

  private static String string(Connection db, String sql) throws SQLException {
    try (var statement = db.createStatement();
        var rows = statement.executeQuery(sql)) {
      assertThat(rows.next()).as(sql).isTrue();
      return rows.getString(1);
    }
  }

  private static void update(Connection db, String sql) throws SQLException {
    try (var statement = db.createStatement()) {
      statement.execute(sql);
    }
  }
}
