package com.channelportal.base.rest;

import com.channelportal.base.control.JsonSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * RFC 9457 problem details, the only error body the API ever returns. Written from two places:
 * JAX-RS exception mappers and the authentication mechanism, which answers before JAX-RS runs.
 */
@ApplicationScoped
public class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

  public JsonObjectBuilder problem(int status, String title, String detail) {
    return JsonSupport.PROVIDER
        .createObjectBuilder()
        .add("type", "about:blank")
        .add("title", title)
        .add("status", status)
        .add("detail", detail);
  }

  public Response response(int status, String title, String detail) {
    return response(status, problem(status, title, detail).build());
  }

  public Response response(int status, JsonObject problem) {
    return Response.status(status).type(PROBLEM_JSON).entity(problem.toString()).build();
  }

  public void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(problem(status, title, detail).build().toString());
  }
}
