/**
 * The brand's direct opportunities: deals its own sales people work on, with the customer, the
 * commercial estimate, a small activity log and what the conflict check found. An open opportunity
 * counts in conflict detection like a partner's claim, which is what stops a distributor from
 * registering a customer the brand is already selling to; it counts only while activity is
 * recorded, because the brand is held to the same rule as partners: no protection without work.
 */
@NullMarked
package com.channelportal.direct.entity;

import org.jspecify.annotations.NullMarked;
