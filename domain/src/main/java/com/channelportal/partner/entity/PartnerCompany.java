package com.channelportal.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A company that takes part in the channel: a distributor (one Keycloak organization, one tenant)
 * or the brand itself. The organization alias is the tenant key that tokens carry.
 */
@Entity
@Table(name = "partner_company")
@NamedQuery(
    name = PartnerCompany.BY_ALIAS,
    query = "select c from PartnerCompany c where c.organizationAlias = :alias")
public class PartnerCompany {

  public static final String BY_ALIAS = "PartnerCompany.byAlias";
  public static final int NAME_MAX_LENGTH = 200;
  public static final int ALIAS_MAX_LENGTH = 64;
  public static final int REGION_MAX_LENGTH = 64;
  public static final int CONTACT_NAME_MAX_LENGTH = 100;
  public static final int PHONE_MAX_LENGTH = 32;
  public static final int EMAIL_MAX_LENGTH = 254;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = ALIAS_MAX_LENGTH)
  @Pattern(regexp = "[a-z0-9][a-z0-9-]*")
  @Column(name = "organization_alias", nullable = false, unique = true)
  private String organizationAlias;

  @NotBlank
  @Size(max = NAME_MAX_LENGTH)
  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CompanyKind kind;

  /** UTC. */
  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Nullable
  @Column(name = "keycloak_org_id")
  private String keycloakOrganizationId;

  @Nullable
  @Size(min = 18, max = 18)
  @Column(name = "uscc")
  private String uscc;

  @Nullable
  @Size(max = REGION_MAX_LENGTH)
  @Column(name = "region")
  private String region;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Tier tier = Tier.REGISTERED;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PartnerStatus status = PartnerStatus.ACTIVE;

  /** Username of the brand's channel manager who looks after this partner. */
  @Nullable
  @Size(max = 64)
  @Column(name = "channel_manager")
  private String channelManager;

  @Nullable
  @Size(max = CONTACT_NAME_MAX_LENGTH)
  @Column(name = "contact_name")
  private String contactName;

  @Nullable
  @Size(max = PHONE_MAX_LENGTH)
  @Column(name = "contact_phone")
  private String contactPhone;

  @Nullable
  @Size(max = EMAIL_MAX_LENGTH)
  @Column(name = "contact_email")
  private String contactEmail;

  /** UTC. */
  @Nullable
  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Version private long version;

  /**
   * Lets the partner's admins invite addresses outside the company's own domains (a sister
   * company's or an agency's); free mail stays refused either way.
   */
  @Column(name = "foreign_email_allowed", nullable = false)
  private boolean foreignEmailAllowed;

  protected PartnerCompany() {}

  public PartnerCompany(
      String organizationAlias, String name, CompanyKind kind, LocalDateTime createdAtUtc) {
    this.organizationAlias = Objects.requireNonNull(organizationAlias, "organizationAlias");
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.createdAt = Objects.requireNonNull(createdAtUtc, "createdAt");
  }

  /**
   * A distributor admitted through an approved application, already with its Keycloak organization.
   */
  public static PartnerCompany onboarded(
      String organizationAlias,
      String keycloakOrganizationId,
      Programme programme,
      Contact contact,
      LocalDateTime createdAtUtc) {
    var company =
        new PartnerCompany(
            organizationAlias, programme.name(), CompanyKind.DISTRIBUTOR, createdAtUtc);
    company.keycloakOrganizationId =
        Objects.requireNonNull(keycloakOrganizationId, "keycloakOrganizationId");
    company.uscc = programme.uscc();
    company.region = programme.region();
    company.tier = Objects.requireNonNull(programme.tier(), "tier");
    company.status = Objects.requireNonNull(programme.status(), "status");
    company.channelManager = programme.channelManager();
    company.foreignEmailAllowed = Boolean.TRUE.equals(programme.foreignEmailAllowed());
    company.contactName = contact.name();
    company.contactPhone = contact.phone();
    company.contactEmail = contact.email();
    return company;
  }

  /** Records the Keycloak organization found for a company mirrored before it had an id. */
  public void linkOrganization(String organizationId) {
    this.keycloakOrganizationId = Objects.requireNonNull(organizationId);
  }

  public boolean isForeignEmailAllowed() {
    return foreignEmailAllowed;
  }

  /** What the partner's own admin may keep up to date. */
  public void changeContact(Contact contact, LocalDateTime nowUtc) {
    this.contactName = contact.name();
    this.contactPhone = contact.phone();
    this.contactEmail = contact.email();
    this.updatedAt = nowUtc;
  }

  /** What only the brand decides: identity, region, tier, status and who looks after them. */
  public void changeProgramme(Programme programme, LocalDateTime nowUtc) {
    if (programme.status() != status && !status.canBecome(programme.status())) {
      throw new IllegalStateException(
          "A partner cannot go from " + status + " to " + programme.status());
    }
    this.name = Objects.requireNonNull(programme.name(), "name");
    this.uscc = programme.uscc();
    this.region = programme.region();
    this.tier = Objects.requireNonNull(programme.tier(), "tier");
    this.status = programme.status();
    this.channelManager = programme.channelManager();
    if (programme.foreignEmailAllowed() != null) {
      this.foreignEmailAllowed = programme.foreignEmailAllowed();
    }
    this.updatedAt = nowUtc;
  }

  public record Contact(@Nullable String name, @Nullable String phone, @Nullable String email) {}

  public record Programme(
      String name,
      @Nullable String uscc,
      @Nullable String region,
      Tier tier,
      PartnerStatus status,
      @Nullable String channelManager,
      @Nullable Boolean foreignEmailAllowed) {}

  public Contact getContact() {
    return new Contact(contactName, contactPhone, contactEmail);
  }

  public Programme getProgramme() {
    return new Programme(name, uscc, region, tier, status, channelManager, foreignEmailAllowed);
  }

  public @Nullable String getUscc() {
    return uscc;
  }

  public @Nullable String getRegion() {
    return region;
  }

  public Tier getTier() {
    return tier;
  }

  public PartnerStatus getStatus() {
    return status;
  }

  public @Nullable String getChannelManager() {
    return channelManager;
  }

  public @Nullable String getKeycloakOrganizationId() {
    return keycloakOrganizationId;
  }

  public @Nullable LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public Long getId() {
    return id;
  }

  public String getOrganizationAlias() {
    return organizationAlias;
  }

  public String getName() {
    return name;
  }

  public CompanyKind getKind() {
    return kind;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
