package com.channelportal.followup.rest;

import com.channelportal.followup.boundary.DealAttachments;
import com.channelportal.identity.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Downloads of a deal's files, for whoever may see their activity. Always as an attachment with the
 * type detected at upload and {@code nosniff}, so that a browser neither renders nor guesses.
 */
@Path("v1/registrations/{id}/attachments")
@Produces(MediaType.WILDCARD)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class AttachmentsResource {

  @Inject CurrentCaller currentCaller;

  @Inject DealAttachments attachments;

  @GET
  @Path("{attachmentId}")
  @Operation(summary = "Download one file of the deal's timeline")
  public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
    var download = attachments.download(currentCaller.get(), id, attachmentId);
    var file = download.attachment();
    return Response.ok(download.content(), file.getContentType())
        .header("Content-Disposition", disposition(file.getFileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .header("Cache-Control", "private, no-store")
        .header("Digest", "sha-256=" + file.getSha256())
        .build();
  }

  /** An ASCII fallback for old clients and the real name in RFC 6266's UTF-8 form. */
  static String disposition(String fileName) {
    var ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
    var encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
