package com.channelportal.partner.entity;

/** The brand owner runs the portal; distributors are its tenants. */
public enum CompanyKind {
  BRAND,
  DISTRIBUTOR
}
