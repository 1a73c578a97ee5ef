package com.channelportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Views and resources are thin: both call the domain's boundaries, so the UI and the API can never
 * disagree, and neither reaches past them into persistence.
 */
@AnalyzeClasses(
    packages = "com.channelportal",
    importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

  @ArchTest
  static final ArchRule viewsDoNotUseResources =
      noClasses()
          .that()
          .resideInAPackage("..ui..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..rest..");

  @ArchTest
  static final ArchRule resourcesDoNotUseViews =
      noClasses()
          .that()
          .resideInAPackage("..rest..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..ui..");

  @ArchTest
  static final ArchRule webLayerDoesNotTouchPersistence =
      noClasses()
          .that()
          .resideInAnyPackage("..ui..", "..rest..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "javax.sql..");
}
