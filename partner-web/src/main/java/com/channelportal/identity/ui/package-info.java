/**
 * What the signed-in person sees about themselves: the home page with their company and roles, and
 * the user menu with logout.
 *
 * <p>Decisions: everything shown comes from the {@link
 * com.channelportal.identity.security.CurrentCaller} and the partner boundary, never from claims
 * read here. Role and company-kind names are translated under {@code role.<role name>} and {@code
 * company.kind.<kind>}. Logout ends both sessions, the portal's and Keycloak's, because ending only
 * ours would sign the user straight back in through Keycloak's single sign-on.
 */
@NullMarked
package com.channelportal.identity.ui;

import org.jspecify.annotations.NullMarked;
