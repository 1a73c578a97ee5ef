/**
 * What black-box tests use to talk to the portal and to Keycloak as a user or client would: a
 * headless browser, a plain HTTP client, Keycloak's login pages, its admin API and real tokens. It
 * lives in realm-config's test-jar because the realm tests log in through the same pages.
 */
package com.channelportal.support;
