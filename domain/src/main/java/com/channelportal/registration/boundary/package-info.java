/**
 * Deal registration use cases: drafts, submission with its conflict check and outcome, withdrawal,
 * the scoped lists, and the partners' blind availability check.
 *
 * <p>Partners see their own company's registrations and never anything of another partner's: a
 * registration outside the caller's scope is "not found", its conflicts are shown to brand staff
 * only, and a partner whose registration conflicts learns no more than that it is under review.
 *
 * <p>Submission is the one place where order matters. It is serialized per customer identity by
 * {@link com.channelportal.registration.boundary.Claims}: two partners registering one customer at
 * the same moment get stamps in lock order, the earlier is approved, the later one sees it as a
 * conflict and goes to review. Within the submission the outcome, its history, the conflicts and
 * the audit entries commit together or not at all.
 */
@NullMarked
package com.channelportal.registration.boundary;

import org.jspecify.annotations.NullMarked;
