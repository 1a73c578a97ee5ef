/**
 * Applications to join the partner programme, from a distributor through the public form or entered
 * by a brand admin on its behalf. An application is a request, not a tenant: only its approval
 * creates the partner company and its Keycloak organization, so nothing an anonymous visitor
 * submits ever reaches Keycloak or the tenant tables.
 *
 * <p>An application is decided once. A rejected company applies anew, which keeps each decision and
 * its reason attached to the data it was made on.
 */
@NullMarked
package com.channelportal.onboarding.entity;

import org.jspecify.annotations.NullMarked;
