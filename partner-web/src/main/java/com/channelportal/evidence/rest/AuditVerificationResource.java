package com.channelportal.evidence.rest;

import com.channelportal.evidence.boundary.AuditVerification;
import com.channelportal.identity.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit chain's check for brand admins; operators run the same check without the portal. */
@Path("v1/audit/verification")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("brand-admin")
public class AuditVerificationResource {

  @Inject CurrentCaller currentCaller;

  @Inject AuditVerification verification;

  @GET
  @Operation(
      summary =
          "Walk the whole audit chain up to its head: {entries, valid, firstBrokenLink: {id,"
              + " expectedHash, actualHash, reason}}; reason LINK (an entry removed or moved),"
              + " CONTENT (a field changed) or HEAD (the newest entries missing); brand admins only")
  public String verify() {
    // the same text the operator's command prints, so that both can be compared byte for byte
    return verification.verify(currentCaller.get()).toJson();
  }
}
