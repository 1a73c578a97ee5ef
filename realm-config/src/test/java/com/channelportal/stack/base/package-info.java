/**
 * What starting any local server takes: unpacking its distribution once, owning a work directory,
 * checking ports before anything binds, and waiting on HTTP until it really serves. Shared by
 * portal-ear's stack (run command and system tests) and realm-config's Keycloak tests through
 * realm-config's test-jar: test sources, because none of it may reach a runtime artifact.
 */
package com.channelportal.stack.base;
