package com.channelportal.isolation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The compiled classes of partner-web, read as bytecode (ArchUnit) without loading them: Vaadin and
 * the web module's other libraries are not on this module's class path. Maven passes the directory
 * as {@value #PROPERTY}.
 */
final class PartnerWebClasses {

  static final String PROPERTY = "it.partner-web.classes";

  private static JavaClasses classes;

  private PartnerWebClasses() {}

  static synchronized JavaClasses imported() {
    if (classes == null) {
      var value = System.getProperty(PROPERTY);
      if (value == null || value.isBlank() || value.startsWith("${")) {
        throw new IllegalStateException(
            "System property " + PROPERTY + " is not set; run through Maven (portal-ear/pom.xml)");
      }
      var dir = Path.of(value).toAbsolutePath().normalize();
      if (!Files.isDirectory(dir.resolve("com"))) {
        throw new IllegalStateException(
            "No compiled partner-web classes in " + dir + "; build first (./mvnw install)");
      }
      classes = new ClassFileImporter().importPath(dir);
    }
    return classes;
  }
}
