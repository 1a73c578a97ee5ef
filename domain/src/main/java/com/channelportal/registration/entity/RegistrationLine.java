package com.channelportal.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** One product of a registration with its quantity; lines are replaced, never edited one by one. */
@Entity
@Table(name = "registration_line")
public class RegistrationLine {

  public static final int PRODUCT_MAX_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "registration_id", nullable = false, updatable = false)
  private Registration registration;

  /** 0-based order in the form. */
  @Column(nullable = false)
  private int position;

  @NotBlank
  @Size(max = PRODUCT_MAX_LENGTH)
  @Column(nullable = false)
  private String product;

  @Min(1)
  @Column(nullable = false)
  private int quantity;

  protected RegistrationLine() {}

  RegistrationLine(Registration registration, int position, String product, int quantity) {
    this.registration = Objects.requireNonNull(registration, "registration");
    this.position = position;
    this.product = Objects.requireNonNull(product, "product");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity below 1: " + quantity);
    }
    this.quantity = quantity;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getProduct() {
    return product;
  }

  public int getQuantity() {
    return quantity;
  }

  public LineForm toForm() {
    return new LineForm(product, quantity);
  }
}
