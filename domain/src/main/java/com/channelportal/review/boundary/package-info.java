/**
 * The conflict desk: the review queue, the side-by-side case, rulings, appeals.
 *
 * <p>Channel managers rule on the claims of the distributors assigned to them, brand admins on all,
 * and only brand admins decide appeals; partners appeal their own rejections and never reach the
 * queue or a case. A ruling locks the claim and every registration it conflicts with in ascending
 * id order, in a transaction that reads committed data, then checks the version the manager saw: of
 * two managers ruling at once exactly one wins, the other gets a stale record (412) or, if the
 * first ruling made the second impossible, a rule violation (409). What a ruling does is decided by
 * {@link com.channelportal.review.control.RulingPlan} before anything changes; each change is in
 * the registration's history, the rulings, the audit trail and a {@code RegistrationEvent}, all in
 * one transaction.
 */
@NullMarked
package com.channelportal.review.boundary;

import org.jspecify.annotations.NullMarked;
