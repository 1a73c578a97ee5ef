package com.channelportal.base.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. The schema is owned by
 * Flyway migrations only; EclipseLink merely validates its mapping against it.
 *
 * <p>The data source is defined here, with Payara's {@code ${MPCONFIG=…}} substitution, so that the
 * EAR carries no credentials: the values come from the server's MicroProfile Config, which reads
 * environment variables such as {@code PORTAL_DB_URL}. The driver travels in the EAR's lib.
 */
@DataSourceDefinition(
    name = DatabaseSchema.DATA_SOURCE,
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=portal.db.url}",
    user = "${MPCONFIG=portal.db.user}",
    password = "${MPCONFIG=portal.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    // validate pooled connections the MySQL way; Payara's default table query has no table here
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
      // a validation is a statement and a round trip; once in ten seconds per connection still
      // finds the ones a database restart broke
      "fish.payara.validate-atmost-once-period-in-seconds=10",
      // the pool keeps each connection's prepared statements open for reuse: creating and closing
      // them in Connector/J was a tenth of a submission's CPU (docs/benchmarks.md). The blank
      // type selects the LRU cache; without it Payara reads "null" as a class name (payara#6647)
      "fish.payara.statement-cache-size=200",
      "fish.payara.statement-cache-type= ",
      // Connector/J parses each statement on the client; a submission prepares some forty, and
      // without the cache the parsing was a tenth of its CPU (docs/benchmarks.md). The limit fits
      // the key lookup's UNION ALL.
      "cachePrepStmts=true",
      "prepStmtCacheSize=250",
      "prepStmtCacheSqlLimit=8192",
      // no round trip to ask for session state the driver set itself (autocommit, isolation)
      "useLocalSessionState=true",
      "cacheServerConfiguration=true",
      // no tracing here; the handler's checks cost on every statement
      "openTelemetry=DISABLED"
    })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseSchema {

  public static final String DATA_SOURCE = "java:app/jdbc/portal";
  private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  boolean demoData;

  @PostConstruct
  void migrate() {
    var locations =
        demoData
            ? new String[] {"classpath:db/migration", "classpath:db/demo"}
            : new String[] {"classpath:db/migration"};
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations(locations)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied, demo data "
                + (demoData ? "on" : "off")
                + ")");
  }
}
