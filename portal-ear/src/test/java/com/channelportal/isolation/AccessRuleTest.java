package com.channelportal.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.isolation.AccessRule.Kind;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading who may call a method or view from the compiled annotations. */
class AccessRuleTest {

  @RolesAllowed({"brand-admin", "channel-manager"})
  static class RolesOnClass {
    public void inherits() {}

    @PermitAll
    public void ownWins() {}

    @DenyAll
    public void denied() {}

    @PermitAll
    @RolesAllowed("partner-user")
    public void conflicting() {}
  }

  static class Bare {
    public void nothing() {}
  }

  @RolesAllowed("partner-admin")
  static class SecuredBase {}

  static class InheritsFromBase extends SecuredBase {}

  @Test
  void methodLevelWinsOverClassLevel() {
    var type = imported(RolesOnClass.class);

    assertThat(rule(type, "inherits"))
        .isEqualTo(new AccessRule(Kind.ROLES, Set.of("brand-admin", "channel-manager")));
    assertThat(rule(type, "ownWins").kind()).isEqualTo(Kind.PERMIT_ALL);
    assertThat(rule(type, "denied").kind()).isEqualTo(Kind.DENY_ALL);
  }

  @Test
  void noAnnotationAnywhereIsUnannotatedAndNotDeclared() {
    var rule = rule(imported(Bare.class), "nothing");

    assertThat(rule.kind()).isEqualTo(Kind.UNANNOTATED);
    assertThat(rule.declared()).isFalse();
  }

  @Test
  void twoAnnotationsOnOneMethodConflict() {
    var rule = rule(imported(RolesOnClass.class), "conflicting");

    assertThat(rule.kind()).isEqualTo(Kind.CONFLICTING);
    assertThat(rule.declared()).isFalse();
  }

  @Test
  void aViewInheritsTheRuleOfItsSuperclassLikeVaadin() {
    var classes = new ClassFileImporter().importClasses(InheritsFromBase.class, SecuredBase.class);

    var rule = AccessRule.ofView(classes.get(InheritsFromBase.class));

    assertThat(rule).isEqualTo(new AccessRule(Kind.ROLES, Set.of("partner-admin")));
  }

  @Test
  void vaadinAnnotationsAreReadByNameFromThePortalsOwnViews() {
    var classes = PartnerWebClasses.imported();

    assertThat(AccessRule.ofView(classes.get("com.channelportal.identity.ui.HomeView")).kind())
        .isEqualTo(Kind.PERMIT_ALL);
    assertThat(AccessRule.ofView(classes.get("com.channelportal.base.ui.NotFoundView")).kind())
        .isEqualTo(Kind.ANONYMOUS);
  }

  @Test
  void rolesAdmitWhenOneMatches() {
    var rule = new AccessRule(Kind.ROLES, Set.of("partner-user", "brand-admin"));

    assertThat(rule.admits(Set.of("brand-admin"))).isTrue();
    assertThat(rule.admits(Set.of("channel-manager"))).isFalse();
    assertThat(new AccessRule(Kind.DENY_ALL, Set.of()).admits(Set.of("brand-admin"))).isFalse();
  }

  @Test
  void annotationValuesMayBeOneStringOrAnArray() {
    assertThat(AccessRule.strings("a")).containsExactly("a");
    assertThat(AccessRule.strings(new String[] {"a", "b"})).containsExactly("a", "b");
  }

  private static JavaClass imported(Class<?> type) {
    return new ClassFileImporter().importClass(type);
  }

  private static AccessRule rule(JavaClass type, String method) {
    return AccessRule.ofResourceMethod(type.getMethod(method));
  }
}
