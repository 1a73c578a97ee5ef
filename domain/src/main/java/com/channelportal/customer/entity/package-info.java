/**
 * End customers: the companies partners register deals for and the brand sells to directly.
 *
 * <p>A customer record has an origin. The brand's own master data ({@code BRAND}: entered or
 * imported by brand staff, with a master-data number) is what "the brand knows"; a partner's entry
 * ({@code PARTNER}) is created with that partner's first submitted registration of the company and
 * belongs to that partner's tenant. Two partners registering one company therefore get two records:
 * a partner must never learn from a refused duplicate that somebody else knows the customer. Which
 * records name the same company is conflict detection's question, answered with evidence, not a
 * unique key.
 *
 * <p>{@link com.channelportal.customer.entity.CustomerDetails} is the company as described at one
 * moment. Registrations and direct opportunities embed their own copy, because a claim is evidence
 * of what was claimed when, and must not change when the master record is corrected later.
 */
@NullMarked
package com.channelportal.customer.entity;

import org.jspecify.annotations.NullMarked;
