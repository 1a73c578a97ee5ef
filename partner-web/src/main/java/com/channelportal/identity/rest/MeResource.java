package com.channelportal.identity.rest;

import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.partner.entity.PartnerCompany;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jspecify.annotations.Nullable;

/** Who am I to the portal: identity, tenant and roles, as the portal understood the token. */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class MeResource {

  @Inject CurrentCaller currentCaller;

  @Inject PartnerCompanies companies;

  public record Organization(String alias, String name, String kind) {
    static Organization of(PartnerCompany company) {
      return new Organization(
          company.getOrganizationAlias(), company.getName(), company.getKind().name());
    }
  }

  public record Me(
      String subject,
      String username,
      String name,
      @Nullable String email,
      @Nullable Organization organization,
      List<String> roles) {}

  @GET
  @Operation(summary = "The caller's identity, organization and roles")
  public Me me() {
    Caller caller = currentCaller.get();
    var organization = companies.companyOf(caller).map(Organization::of).orElse(null);
    var roles = caller.roles().stream().map(Role::roleName).sorted().toList();
    return new Me(
        caller.subject(),
        caller.username(),
        caller.displayName(),
        caller.email(),
        organization,
        roles);
  }
}
