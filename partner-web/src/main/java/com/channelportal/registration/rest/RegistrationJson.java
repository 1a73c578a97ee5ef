package com.channelportal.registration.rest;

import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.registration.boundary.DealLiveliness;
import com.channelportal.registration.entity.DealStage;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationLine;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.registration.entity.StatusChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The API's view of a deal registration. Amounts are decimal strings with two decimals ({@code
 * "1250000.00"}), so that no client parses money into a binary float, in the registration's {@code
 * currency}; dates are {@code yyyy-MM-dd}, times UTC instants in ISO-8601. The names are those of
 * the request body ({@code RegistrationForm}), so a client may send a draft it read back as is.
 *
 * <p>{@code inactive} tells that an approved deal had no shared activity for the configured number
 * of days, {@code lastActivityAt} when its last shared activity happened (absent before the first,
 * and in the answers to a decision, which just made the deal active).
 */
public record RegistrationJson(
    long id,
    @Nullable String number,
    RegistrationStatus status,
    long partnerCompanyId,
    String organization,
    @Nullable Long customerId,
    CustomerJson customer,
    @Nullable String contactName,
    @Nullable String contactPhone,
    @Nullable String contactEmail,
    List<LineJson> lines,
    @Nullable String estimatedAmount,
    String currency,
    @Nullable LocalDate expectedCloseDate,
    @Nullable LocalDate bidDate,
    @Nullable String customerBudget,
    @Nullable Integer winProbability,
    @Nullable DealStage stage,
    @Nullable String notes,
    String createdBy,
    String createdAt,
    String updatedAt,
    @Nullable String submittedAt,
    @Nullable String submittedBy,
    @Nullable String decidedAt,
    @Nullable LocalDate protectedUntil,
    List<StatusChangeJson> history,
    long version,
    boolean inactive,
    @Nullable String lastActivityAt) {

  /** The customer as the registration describes it (frozen once submitted). */
  public record CustomerJson(
      @Nullable String name,
      @Nullable String uscc,
      @Nullable String industry,
      @Nullable String subIndustry,
      @Nullable String phone,
      @Nullable String fax,
      @Nullable String email,
      @Nullable String website,
      @Nullable String province,
      @Nullable String city,
      @Nullable String address) {

    public static CustomerJson of(CustomerDetails d) {
      return new CustomerJson(
          d.getName(),
          d.getUscc(),
          d.getIndustry(),
          d.getSubIndustry(),
          d.getPhone(),
          d.getFax(),
          d.getEmail(),
          d.getWebsite(),
          d.getProvince(),
          d.getCity(),
          d.getAddress());
    }
  }

  public record LineJson(String product, int quantity) {}

  /** One step of the history; {@code from} is absent for the creation of the draft. */
  public record StatusChangeJson(
      @Nullable RegistrationStatus from,
      RegistrationStatus to,
      String at,
      String by,
      @Nullable String note) {

    public static StatusChangeJson of(StatusChange change) {
      return new StatusChangeJson(
          change.getFrom(), change.getTo(), utc(change.getAt()), change.getBy(), change.getNote());
    }
  }

  public static RegistrationJson of(Registration r) {
    return of(r, DealLiveliness.Pulse.QUIET);
  }

  public static RegistrationJson of(Registration r, DealLiveliness.Pulse pulse) {
    return new RegistrationJson(
        r.getId(),
        r.getNumber(),
        r.getStatus(),
        r.getPartnerCompanyId(),
        r.getOrganizationAlias(),
        r.getCustomerId(),
        CustomerJson.of(r.getCustomer()),
        r.getContactName(),
        r.getContactPhone(),
        r.getContactEmail(),
        r.getLines().stream().map(RegistrationJson::line).toList(),
        money(r.getEstimatedAmount()),
        r.getCurrency(),
        r.getExpectedCloseDate(),
        r.getBidDate(),
        money(r.getCustomerBudget()),
        r.getWinProbability(),
        r.getStage(),
        r.getNotes(),
        r.getCreatedBy(),
        utc(r.getCreatedAt()),
        utc(r.getUpdatedAt()),
        utcOrNull(r.getSubmittedAt()),
        r.getSubmittedBy(),
        utcOrNull(r.getDecidedAt()),
        r.getProtectedUntil(),
        r.getHistory().stream().map(StatusChangeJson::of).toList(),
        r.getVersion(),
        pulse.inactive(),
        utcOrNull(pulse.lastActivityAt()));
  }

  private static LineJson line(RegistrationLine line) {
    return new LineJson(line.getProduct(), line.getQuantity());
  }

  static @Nullable String money(@Nullable BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }

  public static String utc(LocalDateTime time) {
    return time.atOffset(ZoneOffset.UTC).toInstant().toString();
  }

  private static @Nullable String utcOrNull(@Nullable LocalDateTime time) {
    return time == null ? null : utc(time);
  }
}
