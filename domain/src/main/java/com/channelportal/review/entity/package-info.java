/**
 * The conflict desk's records: the rulings a channel manager or brand admin made on deal
 * registrations, with their reason codes and the rationale written for the partner.
 *
 * <p>A ruling on one claim may change others (approving one holds the other partners' pending
 * claims, sharing approves them): those consequences are rulings of their own that name the ruling
 * that caused them, never the other registration, so a partner reading its own rulings learns
 * nothing about who else claims the customer.
 */
@NullMarked
package com.channelportal.review.entity;

import org.jspecify.annotations.NullMarked;
