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

  @Version private long version;

  protected PartnerCompany() {}

  public PartnerCompany(
      String organizationAlias, String name, CompanyKind kind, LocalDateTime createdAtUtc) {
    this.organizationAlias = Objects.requireNonNull(organizationAlias, "organizationAlias");
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.createdAt = Objects.requireNonNull(createdAtUtc, "createdAt");
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
