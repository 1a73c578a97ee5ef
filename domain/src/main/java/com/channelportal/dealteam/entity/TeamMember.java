package com.channelportal.dealteam.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/** One person on one deal's team. */
@Entity
@Table(name = "deal_team_member")
public class TeamMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "registration_id", nullable = false)
  private long registrationId;

  @Column(nullable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "deal_role", nullable = false, length = DealRole.MAX_LENGTH)
  private DealRole role;

  @Column(name = "added_by", nullable = false)
  private String addedBy;

  /** UTC. */
  @Column(name = "added_at", nullable = false)
  private LocalDateTime addedAt;

  protected TeamMember() {}

  public TeamMember(
      long registrationId, String username, DealRole role, String addedBy, LocalDateTime nowUtc) {
    this.registrationId = registrationId;
    this.username = Objects.requireNonNull(username, "username");
    this.role = Objects.requireNonNull(role, "role");
    this.addedBy = Objects.requireNonNull(addedBy, "addedBy");
    this.addedAt = Objects.requireNonNull(nowUtc, "nowUtc");
  }

  public Long getId() {
    return id;
  }

  public long getRegistrationId() {
    return registrationId;
  }

  public String getUsername() {
    return username;
  }

  public DealRole getRole() {
    return role;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public LocalDateTime getAddedAt() {
    return addedAt;
  }
}
