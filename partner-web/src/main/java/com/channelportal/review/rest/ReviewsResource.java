package com.channelportal.review.rest;

import com.channelportal.base.rest.Versions;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.review.boundary.ReviewFilter;
import com.channelportal.review.boundary.ReviewQueue;
import com.channelportal.review.boundary.Reviews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * The conflict desk's queue and cases: a channel manager's are the claims of the distributors
 * assigned to them, a brand admin's all claims under review and the appeals.
 */
@Path("v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"channel-manager", "brand-admin"})
public class ReviewsResource {

  static final int MAX_PAGE = 100;

  @Inject CurrentCaller currentCaller;

  @Inject ReviewQueue queue;

  @Inject Reviews reviews;

  public record Page(List<QueueItemJson> items, long total, int offset, int limit) {}

  @GET
  @Operation(
      summary =
          "Claims waiting for a ruling (and, for brand admins, appeals), oldest first, paged, with"
              + " time waited, conflict count, best score and whether the service level is"
              + " exceeded; filter by partnerId, escalated=true and minScore (0..1)")
  public Page list(
      @QueryParam("partnerId") String partnerId,
      @QueryParam("escalated") @DefaultValue("false") boolean escalated,
      @QueryParam("minScore") String minScore,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new BadRequestException("offset must be >= 0 and limit 1.." + MAX_PAGE);
    }
    var filter = new ReviewFilter(partner(partnerId), escalated, score(minScore));
    var caller = currentCaller.get();
    var items = queue.list(caller, filter, offset, limit).stream().map(QueueItemJson::of).toList();
    return new Page(items, queue.count(caller, filter), offset, limit);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "A claim side by side with every record it conflicts with (other partners' claims with"
              + " their distributor and history, direct opportunities, brand customers), the"
              + " matcher's score and reasons, the earliest claim, and the rulings so far; the"
              + " ETag is the registration's version for a ruling")
  public Response get(@PathParam("id") long id) {
    var review = reviews.get(currentCaller.get(), id);
    return Response.ok(ReviewJson.of(review))
        .tag(Versions.etag(review.registration().getVersion()))
        .build();
  }

  private static @Nullable Long partner(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException("partnerId must be a partner company's id");
    }
  }

  private static @Nullable BigDecimal score(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      var score = new BigDecimal(value.strip());
      if (score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0) {
        throw new BadRequestException("minScore must be between 0 and 1");
      }
      return score;
    } catch (NumberFormatException e) {
      throw new BadRequestException("minScore must be a number between 0 and 1");
    }
  }
}
