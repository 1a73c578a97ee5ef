package com.channelportal.evidence.rest;

import com.channelportal.evidence.boundary.EvidenceExports;
import com.channelportal.evidence.control.EvidenceCsv;
import com.channelportal.evidence.control.EvidencePdf;
import com.channelportal.identity.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * A registration's dispute evidence as a document. One path for both formats, chosen by {@code
 * Accept} or {@code ?format=}: CSV unless PDF is asked for, so that a plain download link and a
 * client that sends no preference both get a file rather than a 406.
 */
@Path("v1/registrations/{id}/evidence")
@RolesAllowed({"channel-manager", "brand-admin"})
public class EvidenceResource {

  static final String PDF = "pdf";

  @Inject CurrentCaller currentCaller;

  @Inject EvidenceExports exports;

  @GET
  @Operation(
      summary =
          "The registration's dispute evidence (its claim, conflicting claims with timelines,"
              + " matcher score and reasons, customer confirmations, audit entries with hashes,"
              + " the audit chain's state) as text/csv, or as application/pdf with Accept:"
              + " application/pdf or ?format=pdf; channel managers in scope and brand admins;"
              + " each export is audited")
  public Response export(
      @PathParam("id") long id,
      @QueryParam("format") @Nullable String format,
      @HeaderParam(HttpHeaders.ACCEPT) @Nullable String accept) {
    var caller = currentCaller.get();
    if (wantsPdf(format, accept)) {
      return file(exports.pdf(caller, id), EvidencePdf.MEDIA_TYPE, id, PDF);
    }
    return file(exports.csv(caller, id), EvidenceCsv.MEDIA_TYPE, id, "csv");
  }

  static boolean wantsPdf(@Nullable String format, @Nullable String accept) {
    if (format != null && !format.isBlank()) {
      return PDF.equals(format.strip().toLowerCase(Locale.ROOT));
    }
    return accept != null && accept.toLowerCase(Locale.ROOT).contains(EvidencePdf.MEDIA_TYPE);
  }

  private static Response file(byte[] body, String type, long id, String extension) {
    return Response.ok(body, type)
        .header(
            "Content-Disposition", "attachment; filename=\"evidence-" + id + "." + extension + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
