package com.channelportal.base.rest;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.base.boundary.TooManyRequests;
import com.channelportal.base.control.JsonSupport;
import com.channelportal.identity.control.OrganizationDirectory.DirectoryConflict;
import com.channelportal.identity.control.OrganizationDirectory.DirectoryUnavailable;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The domain's refusals as problem+json, each with the status a client can act on. */
public final class DomainProblemMappers {

  private static final Logger LOG = Logger.getLogger(DomainProblemMappers.class.getName());

  private DomainProblemMappers() {}

  @Provider
  public static class NotFound implements ExceptionMapper<RecordNotFound> {
    @Inject Problems problems;

    @Override
    public Response toResponse(RecordNotFound e) {
      return problems.response(404, "Not Found", e.getMessage());
    }
  }

  @Provider
  public static class Denied implements ExceptionMapper<AccessDenied> {
    @Inject Problems problems;

    @Override
    public Response toResponse(AccessDenied e) {
      return problems.response(403, "Forbidden", e.getMessage());
    }
  }

  @Provider
  public static class Stale implements ExceptionMapper<StaleRecord> {
    @Inject Problems problems;

    @Override
    public Response toResponse(StaleRecord e) {
      var body =
          problems
              .problem(412, "Precondition Failed", e.getMessage())
              .add("currentVersion", e.currentVersion())
              .build();
      return Response.fromResponse(problems.response(412, body))
          .tag(Versions.etag(e.currentVersion()))
          .build();
    }
  }

  /** Every broken field at once, so a client can fix its request in one round trip. */
  @Provider
  public static class Invalid implements ExceptionMapper<InvalidField> {
    @Inject Problems problems;

    @Override
    public Response toResponse(InvalidField e) {
      var errors = JsonSupport.PROVIDER.createArrayBuilder();
      e.problems()
          .forEach(
              p ->
                  errors.add(
                      JsonSupport.PROVIDER
                          .createObjectBuilder()
                          .add("field", p.field())
                          .add("reason", p.reason())
                          .add("message", p.message())));
      var body = problems.problem(400, "Bad Request", e.getMessage()).add("errors", errors).build();
      return problems.response(400, body);
    }
  }

  @Provider
  public static class TooMany implements ExceptionMapper<TooManyRequests> {
    @Inject Problems problems;

    @Override
    public Response toResponse(TooManyRequests e) {
      return Response.fromResponse(problems.response(429, "Too Many Requests", e.getMessage()))
          .header("Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
          .build();
    }
  }

  @Provider
  public static class Violation implements ExceptionMapper<RuleViolation> {
    @Inject Problems problems;

    @Override
    public Response toResponse(RuleViolation e) {
      var body = problems.problem(409, "Conflict", e.getMessage()).add("code", e.code()).build();
      return problems.response(409, body);
    }
  }

  @Provider
  public static class DirectoryRefused implements ExceptionMapper<DirectoryConflict> {
    @Inject Problems problems;

    @Override
    public Response toResponse(DirectoryConflict e) {
      var body =
          problems
              .problem(409, "Conflict", e.getMessage())
              .add("code", "directory.CONFLICT")
              .build();
      return problems.response(409, body);
    }
  }

  /** Keycloak is down or refuses the portal: the client may retry later, nothing was half-done. */
  @Provider
  public static class DirectoryDown implements ExceptionMapper<DirectoryUnavailable> {
    @Inject Problems problems;

    @Override
    public Response toResponse(DirectoryUnavailable e) {
      LOG.log(Level.WARNING, "Identity provider call failed", e);
      return Response.fromResponse(
              problems.response(
                  503,
                  "Service Unavailable",
                  "The identity provider cannot be reached; try again in a moment."))
          .header("Retry-After", "30")
          .build();
    }
  }

  /** Malformed JSON or a value of the wrong type (e.g. an unknown tier). */
  @Provider
  public static class UnreadableJson implements ExceptionMapper<JsonbException> {
    @Inject Problems problems;

    @Override
    public Response toResponse(JsonbException e) {
      return problems.response(
          400, "Bad Request", "The JSON body cannot be read: " + e.getMessage());
    }
  }

  @Provider
  public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
    @Inject Problems problems;

    @Override
    public Response toResponse(ProcessingException e) {
      return problems.response(400, "Bad Request", "The request body cannot be read.");
    }
  }
}
