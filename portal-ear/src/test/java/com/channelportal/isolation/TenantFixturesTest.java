package com.channelportal.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.isolation.AccessRule.Kind;
import com.channelportal.isolation.TenantFixtures.Target;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Turning path templates into concrete paths, per tenant, and refusing unknown parameters. */
class TenantFixturesTest {

  @Test
  void aParameterWithoutFixtureFailsTheMatrixWithAHowTo() {
    var problems = new ArrayList<String>();

    var targets =
        new TenantFixtures()
            .targets(PathTemplate.rest("/api/v1/partners/{id}/contact"), "PUT …", problems);

    assertThat(targets).isEmpty();
    assertThat(problems)
        .singleElement()
        .asString()
        .contains("no fixture for path parameter 'id'")
        .contains("fixtures.perTenant(\"/api/v1/partners\", \"id\"");
  }

  @Test
  void perTenantValuesGiveOneTargetPerTenantAndTheLongestPrefixWins() {
    var fixtures =
        new TenantFixtures()
            .perTenant("", "id", "global-a", "global-b")
            .perTenant("/api/v1/partners", "id", "11", "12");

    assertThat(fixtures.targets(PathTemplate.rest("/api/v1/partners/{id}"), "", new ArrayList<>()))
        .containsExactly(
            new Target("/api/v1/partners/11", Tenant.LITAI),
            new Target("/api/v1/partners/12", Tenant.HUANAN));
    assertThat(fixtures.targets(PathTemplate.rest("/api/v1/deals/{id}"), "", new ArrayList<>()))
        .extracting(Target::path)
        .containsExactly("/api/v1/deals/global-a", "/api/v1/deals/global-b");
  }

  @Test
  void perPersonValuesGiveOneTargetPerOwnerInTheOwnersTenant() {
    var fixtures =
        new TenantFixtures()
            .perPerson(
                "/api/v1/notifications",
                "id",
                Map.of(Persona.PARTNER_USER_A, "7", Persona.USER_B, "8"));

    assertThat(
            fixtures.targets(
                PathTemplate.rest("/api/v1/notifications/{id}/read"), "", new ArrayList<>()))
        .containsExactlyInAnyOrder(
            new Target("/api/v1/notifications/7/read", Tenant.LITAI, Persona.PARTNER_USER_A),
            new Target("/api/v1/notifications/8/read", Tenant.HUANAN, Persona.USER_B));
  }

  @Test
  void aQueryStringGoesWithEveryTargetOfItsTemplate() {
    var fixtures =
        new TenantFixtures()
            .perTenant("/api/v1/things", "id", "1", "2")
            .query("/api/v1/things/{id}/search", "q=%E5%88%A9");

    assertThat(
            fixtures.targets(
                PathTemplate.rest("/api/v1/things/{id}/search"), "", new ArrayList<>()))
        .containsExactly(
            new Target("/api/v1/things/1/search?q=%E5%88%A9", Tenant.LITAI),
            new Target("/api/v1/things/2/search?q=%E5%88%A9", Tenant.HUANAN));
    assertThat(fixtures.targets(PathTemplate.rest("/api/v1/things/{id}"), "", new ArrayList<>()))
        .extracting(Target::path)
        .containsExactly("/api/v1/things/1", "/api/v1/things/2");
  }

  @Test
  void sharedValuesNameNoTenant() {
    var fixtures = new TenantFixtures().shared("/api/v1/products", "sku", "P-1");

    assertThat(fixtures.targets(PathTemplate.rest("/api/v1/products/{sku}"), "", new ArrayList<>()))
        .containsExactly(new Target("/api/v1/products/P-1", null));
  }

  @Test
  void anOptionalRouteParameterIsTriedWithoutAndWithEachTenantsValue() {
    var route = PathTemplate.route("partners/:id?");
    var problems = new ArrayList<String>();

    assertThat(new TenantFixtures().targets(route, "", problems))
        .containsExactly(new Target("/partners", null));
    assertThat(
            new TenantFixtures()
                .perTenant("/partners", "id", "11", "12")
                .targets(route, "", problems))
        .containsExactly(
            new Target("/partners/11", Tenant.LITAI),
            new Target("/partners/12", Tenant.HUANAN),
            new Target("/partners", null));
    assertThat(problems).isEmpty();
  }

  @Test
  void routeTemplatesKnowTheirParameters() {
    var route = PathTemplate.route("", "orders", ":orderId(\\d+)", "items", ":path*");

    assertThat(route.template()).isEqualTo("/orders/:orderId(\\d+)/items/:path*");
    assertThat(route.parameters())
        .containsExactly(
            new PathTemplate.Parameter("orderId", false), new PathTemplate.Parameter("path", true));
    assertThat(PathTemplate.route("").fill(Map.of())).isEqualTo("/");
  }

  @Test
  void routesFollowVaadinsNamingConvention() {
    assertThat(ViewRoutes.conventionalPath("PartnersView")).isEqualTo("partners");
    assertThat(ViewRoutes.conventionalPath("MainView")).isEmpty();
    assertThat(ViewRoutes.conventionalPath("Reports")).isEqualTo("reports");
  }

  @Test
  void thePortalsHomeViewIsTheRootRouteAndErrorViewsAreNoRoutes() {
    var routes = ViewRoutes.scan(PartnerWebClasses.imported(), new ArrayList<>());

    assertThat(routes)
        .filteredOn(r -> r.view().equals("HomeView"))
        .singleElement()
        .satisfies(
            home -> {
              assertThat(home.path().template()).isEqualTo("/");
              assertThat(home.rule().kind()).isEqualTo(Kind.PERMIT_ALL);
            });
    assertThat(routes)
        .extracting(ViewRoutes.ViewRoute::view)
        .doesNotContain("NotFoundView", "ErrorView");
  }
}
