/**
 * Identity rules that need no container: which e-mail addresses a partner may invite and what an
 * address's domain says about its owner. Pure functions over plain values; the boundaries call them
 * before talking to Keycloak.
 *
 * <p>Checks return a reason enum that the UI translates, because a refused address is an expected
 * outcome of user input, not an error. Reference data that changes with the world (the free-mail
 * providers) lives in a resource file beside the code, so updating it is a one-line change with a
 * test that guards its format.
 */
@NullMarked
package com.channelportal.identity.control;

import org.jspecify.annotations.NullMarked;
