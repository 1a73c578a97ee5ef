package com.channelportal.customer.rest;

import com.channelportal.customer.boundary.CustomerFilter;
import com.channelportal.customer.boundary.Customers;
import com.channelportal.customer.entity.Customer;
import com.channelportal.customer.entity.CustomerOrigin;
import com.channelportal.identity.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * The customer master as the caller may see it: a partner its own records (made by its submitted
 * registrations), a channel manager the brand's records and those of the partners assigned to them,
 * brand admins and brand sales all of them.
 */
@Path("v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class CustomersResource {

  static final int MAX_PAGE = 100;

  @Inject CurrentCaller currentCaller;

  @Inject Customers customers;

  public record CustomerJson(
      long id,
      String name,
      @Nullable String uscc,
      @Nullable String industry,
      @Nullable String subIndustry,
      @Nullable String phone,
      @Nullable String fax,
      @Nullable String email,
      @Nullable String website,
      @Nullable String province,
      @Nullable String city,
      @Nullable String address,
      @Nullable String masterDataNumber,
      CustomerOrigin origin,
      @Nullable Long ownerCompanyId,
      String createdAt) {

    static CustomerJson of(Customer c) {
      var d = c.getDetails();
      return new CustomerJson(
          c.getId(),
          c.getName(),
          d.getUscc(),
          d.getIndustry(),
          d.getSubIndustry(),
          d.getPhone(),
          d.getFax(),
          d.getEmail(),
          d.getWebsite(),
          d.getProvince(),
          d.getCity(),
          d.getAddress(),
          c.getMasterDataNumber(),
          c.getOrigin(),
          c.getOwnerCompanyId(),
          c.getCreatedAt().atOffset(ZoneOffset.UTC).toInstant().toString());
    }
  }

  public record Page(List<CustomerJson> items, long total, int offset, int limit) {}

  @GET
  @Operation(
      summary =
          "Customers visible to the caller, paged; q matches name, USCC, master-data number and"
              + " city; sort by name (default), uscc, city, industry, masterDataNumber or createdAt")
  public Page list(
      @QueryParam("q") String text,
      @QueryParam("sort") @DefaultValue("name") String sort,
      @QueryParam("desc") @DefaultValue("false") boolean descending,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new BadRequestException("offset must be >= 0 and limit 1.." + MAX_PAGE);
    }
    var filter = new CustomerFilter(text, sort, !descending);
    var caller = currentCaller.get();
    var items =
        customers.list(caller, filter, offset, limit).stream().map(CustomerJson::of).toList();
    return new Page(items, customers.count(caller, filter), offset, limit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One customer record")
  public CustomerJson get(@PathParam("id") long id) {
    return CustomerJson.of(customers.get(currentCaller.get(), id));
  }
}
