package com.channelportal.base.rest;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into problem+json: clients see a reason, never a stack trace. */
public final class ProblemMappers {

  private ProblemMappers() {}

  @Provider
  public static class HttpErrors implements ExceptionMapper<WebApplicationException> {

    @Inject Problems problems;

    @Override
    public Response toResponse(WebApplicationException e) {
      var status = e.getResponse().getStatusInfo();
      var detail = e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
      return problems.response(status.getStatusCode(), status.getReasonPhrase(), detail);
    }
  }

  @Provider
  public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {

    @Inject Problems problems;

    @Override
    public Response toResponse(ConstraintViolationException e) {
      var errors = jakarta.json.Json.createArrayBuilder();
      e.getConstraintViolations()
          .forEach(
              v ->
                  errors.add(
                      jakarta.json.Json.createObjectBuilder()
                          .add("field", lastNode(v.getPropertyPath().toString()))
                          .add("message", v.getMessage())));
      var body =
          problems
              .problem(400, "Bad Request", "The request has invalid fields.")
              .add("errors", errors)
              .build();
      return problems.response(400, body);
    }

    private static String lastNode(String path) {
      return path.substring(path.lastIndexOf('.') + 1);
    }
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Inject Problems problems;

    @Override
    public Response toResponse(RuntimeException e) {
      LOG.log(Level.SEVERE, "Unexpected API failure", e);
      return problems.response(
          500, "Internal Server Error", "The request failed; the error has been logged.");
    }
  }
}
