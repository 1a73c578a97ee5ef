/**
 * Onboarding use cases: the public form, the brand admin's list and decisions, and the approval
 * that turns an application into a tenant (partner company, Keycloak organization, invited admin).
 *
 * <p>An approval is one database transaction that also changes Keycloak, which cannot take part in
 * it. The directory calls are idempotent by natural key (organization alias, e-mail address), so
 * when the transaction rolls back after Keycloak has done its part, the application simply stays
 * open, and approving it again reuses the organization and the account instead of doubling them.
 *
 * <p>Duplicates are refused with the field that collides and nothing else, so that the public form
 * cannot be used to learn who else applied. The database has the last word through unique indexes
 * on the open applications; a lost race answers exactly like the check before it.
 */
@NullMarked
package com.channelportal.onboarding.boundary;

import org.jspecify.annotations.NullMarked;
