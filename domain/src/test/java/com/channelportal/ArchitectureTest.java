package com.channelportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of ARCHITECTURE.md, enforced: entities know nothing above them. */
@AnalyzeClasses(
    packages = "com.channelportal",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule entitiesDoNotDependOnBoundaries =
      noClasses()
          .that()
          .resideInAPackage("..entity..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..boundary..", "..control..");

  @ArchTest
  static final ArchRule controlDoesNotDependOnBoundaries =
      noClasses()
          .that()
          .resideInAPackage("..control..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..boundary..")
          // no feature has control classes yet; the rule must hold for the first one
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices().matching("com.channelportal.(*)..").should().beFreeOfCycles();
}
