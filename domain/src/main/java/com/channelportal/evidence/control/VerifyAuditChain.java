package com.channelportal.evidence.control;

import com.channelportal.evidence.entity.ChainReport;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

/**
 * The operator's audit verifier: checks the whole chain straight from the database, so that the
 * check does not depend on the portal it is meant to audit. Prints the same JSON as {@code GET
 * /api/v1/audit/verification} and exits 0 when the chain is intact, 1 when it is broken, 2 when it
 * could not check (bad arguments, no connection).
 *
 * <pre>
 * PORTAL_DB_PASSWORD=… java -jar audit-verifier.jar --url jdbc:mysql://db:3306/portal --user auditor
 * </pre>
 *
 * The password comes only from the environment, never from an argument, which other users of the
 * machine could read in the process list. A read-only account suffices ({@code SELECT} on {@code
 * audit_entry} and {@code audit_chain_head}).
 */
public final class VerifyAuditChain {

  public static final String PASSWORD_VARIABLE = "PORTAL_DB_PASSWORD";

  static final int INTACT = 0;
  static final int BROKEN = 1;
  static final int FAILED = 2;

  private VerifyAuditChain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(PASSWORD_VARIABLE), System.out, System.err));
  }

  static int run(String[] args, String password, PrintStream out, PrintStream err) {
    String url = null;
    String user = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      if ("--url".equals(args[i])) {
        url = args[i + 1];
      } else if ("--user".equals(args[i])) {
        user = args[i + 1];
      }
    }
    if (url == null || user == null || args.length != 4) {
      err.println(
          "usage: "
              + PASSWORD_VARIABLE
              + "=<password> java -jar audit-verifier.jar --url <jdbc url> --user <user>");
      return FAILED;
    }
    try (Connection connection = DriverManager.getConnection(url, properties(user, password))) {
      connection.setReadOnly(true);
      var chain = new JdbcChain(connection);
      ChainReport report = ChainWalk.walk(chain.head(), chain::page);
      out.println(report.toJson());
      return report.valid() ? INTACT : BROKEN;
    } catch (Exception e) {
      err.println("audit verification failed: " + e);
      return FAILED;
    }
  }

  private static Properties properties(String user, String password) {
    var properties = new Properties();
    properties.setProperty("user", user);
    if (password != null) {
      properties.setProperty("password", password);
    }
    // stored times are UTC wall-clock values: read them without shifting to the JVM's zone
    properties.setProperty("connectionTimeZone", "UTC");
    properties.setProperty("forceConnectionTimeZoneToSession", "true");
    return properties;
  }
}
