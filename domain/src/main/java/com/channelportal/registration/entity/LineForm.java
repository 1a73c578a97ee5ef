package com.channelportal.registration.entity;

import org.jspecify.annotations.Nullable;

/**
 * One product line as typed.
 *
 * @param product the product's name or SKU
 */
public record LineForm(@Nullable String product, @Nullable Integer quantity) {

  public static final String PRODUCT = "product";
  public static final String QUANTITY = "quantity";
}
