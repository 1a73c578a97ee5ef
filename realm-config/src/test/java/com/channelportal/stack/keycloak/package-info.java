/**
 * A real Keycloak from its distribution zip with the realms of realm-config imported: one launcher
 * for realm-config's own tests and for portal-ear's stack, so both check the realms on the same
 * server the run command starts.
 */
package com.channelportal.stack.keycloak;
