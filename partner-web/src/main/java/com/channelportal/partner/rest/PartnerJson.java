package com.channelportal.partner.rest;

import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.partner.entity.PartnerCompany.Contact;
import com.channelportal.partner.entity.PartnerCompany.Programme;
import com.channelportal.partner.entity.PartnerStatus;
import com.channelportal.partner.entity.Tier;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** The API's view of a partner company; times as UTC instants in ISO-8601. */
public record PartnerJson(
    long id,
    String organization,
    String name,
    @Nullable String uscc,
    @Nullable String region,
    Tier tier,
    PartnerStatus status,
    @Nullable String channelManager,
    boolean foreignEmailAllowed,
    ContactJson contact,
    long version,
    String createdAt,
    @Nullable String updatedAt) {

  public record ContactJson(@Nullable String name, @Nullable String phone, @Nullable String email) {
    Contact toContact() {
      return new Contact(name, phone, email);
    }
  }

  public record ProgrammeJson(
      @Nullable String name,
      @Nullable String uscc,
      @Nullable String region,
      @Nullable Tier tier,
      @Nullable PartnerStatus status,
      @Nullable String channelManager,
      @Nullable Boolean foreignEmailAllowed) {
    Programme toProgramme() {
      return new Programme(name, uscc, region, tier, status, channelManager, foreignEmailAllowed);
    }
  }

  static PartnerJson of(PartnerCompany c) {
    var contact = c.getContact();
    return new PartnerJson(
        c.getId(),
        c.getOrganizationAlias(),
        c.getName(),
        c.getUscc(),
        c.getRegion(),
        c.getTier(),
        c.getStatus(),
        c.getChannelManager(),
        c.isForeignEmailAllowed(),
        new ContactJson(contact.name(), contact.phone(), contact.email()),
        c.getVersion(),
        utc(c.getCreatedAt()),
        c.getUpdatedAt() == null ? null : utc(c.getUpdatedAt()));
  }

  private static String utc(LocalDateTime time) {
    return time.atOffset(ZoneOffset.UTC).toInstant().toString();
  }
}
