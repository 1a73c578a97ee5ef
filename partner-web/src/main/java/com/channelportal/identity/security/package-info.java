/**
 * Authentication for browser and API in one WAR. Keycloak is the only identity provider; the portal
 * never sees a password. Roles are the token's {@code groups}, mapped one-to-one to container roles
 * (Payara's default principal-to-role mapping).
 */
package com.channelportal.identity.security;
