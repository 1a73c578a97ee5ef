/**
 * Keycloak realms as code: the import files are templates so that URLs and secrets come from the
 * environment that starts Keycloak, never from the repository.
 */
package com.channelportal.realm;
