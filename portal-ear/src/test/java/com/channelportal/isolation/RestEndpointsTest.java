package com.channelportal.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.isolation.RestEndpoints.Operation;
import com.channelportal.isolation.RestEndpoints.RestEndpoint;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.Json;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the REST endpoints, matching them to the OpenAPI document, refusing undeclared ones. */
class RestEndpointsTest {

  @ApplicationPath("api")
  static class SampleApi extends Application {}

  @Path("/v1/things/")
  @RolesAllowed("partner-user")
  static class ThingsResource {
    @GET
    public String list() {
      return "";
    }

    @GET
    @Path("{id: [0-9]+}")
    @PermitAll
    public String one() {
      return "";
    }

    @DELETE
    @Path("{id}")
    public void remove() {}

    public void helper() {}
  }

  /** What a developer might add next: a resource that forgot to say who may call it. */
  @Path("v1/open")
  static class ForgottenResource {
    @GET
    public String open() {
      return "";
    }
  }

  @Test
  void resourceMethodsGetTheApplicationPathAndTheirRules() {
    var endpoints = RestEndpoints.scan(sample(ThingsResource.class), new ArrayList<>());

    assertThat(endpoints)
        .extracting(e -> e.method() + " " + e.path() + " " + e.rule().kind())
        .containsExactlyInAnyOrder(
            "GET /api/v1/things ROLES",
            "GET /api/v1/things/{id} PERMIT_ALL",
            "DELETE /api/v1/things/{id} ROLES");
  }

  @Test
  void anUnannotatedResourceFailsTheMatrixAndGetsNoCases() {
    var problems = new ArrayList<String>();
    var scanned =
        RestEndpoints.scan(sample(ThingsResource.class, ForgottenResource.class), problems);

    var declared = RestEndpoints.resolve(scanned, List.of(), problems);

    assertThat(declared).extracting(RestEndpoint::source).doesNotContain("ForgottenResource#open");
    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith("unannotated endpoint GET /api/v1/open (ForgottenResource#open)")
        .contains("@RolesAllowed, @PermitAll, @DenyAll");
  }

  @Test
  void aDocumentedOperationWithoutResourceMethodIsReported() {
    var problems = new ArrayList<String>();
    var scanned = RestEndpoints.scan(sample(ThingsResource.class), problems);

    RestEndpoints.resolve(
        scanned,
        List.of(new Operation("GET", "/api/v1/things/{id}"), new Operation("PUT", "/api/v1/x")),
        problems);

    assertThat(problems)
        .containsExactly(
            "OpenAPI documents PUT /api/v1/x, but no JAX-RS resource method of partner-web matches it");
  }

  @Test
  void operationsAreEveryPathTimesMethodOfTheDocument() {
    var document =
        """
        {"openapi": "3.1.0", "paths": {
          "/api/v1/me": {"get": {}, "parameters": []},
          "/api/v1/partners/{id}": {"get": {}, "put": {}, "summary": "x"}}}
        """;

    var operations =
        RestEndpoints.operations(Json.createReader(new StringReader(document)).readObject());

    assertThat(operations)
        .containsExactlyInAnyOrder(
            new Operation("GET", "/api/v1/me"),
            new Operation("GET", "/api/v1/partners/{id}"),
            new Operation("PUT", "/api/v1/partners/{id}"));
  }

  @Test
  void thePortalsOwnMeEndpointIsFoundWithItsRule() {
    var endpoints = RestEndpoints.scan(PartnerWebClasses.imported(), new ArrayList<>());

    assertThat(endpoints)
        .filteredOn(e -> e.path().template().equals("/api/v1/me"))
        .singleElement()
        .satisfies(
            me -> {
              assertThat(me.method()).isEqualTo("GET");
              assertThat(me.rule().declared()).as(me.rule().toString()).isTrue();
            });
  }

  private static JavaClasses sample(Class<?>... resources) {
    var importer = new ClassFileImporter();
    var all = new ArrayList<Class<?>>(List.of(resources));
    all.add(SampleApi.class);
    return importer.importClasses(all.toArray(Class<?>[]::new));
  }
}
