/**
 * Customer confirmation in the portal (the requests beside a registration, the partner's form) and
 * the public page the e-mail's link opens.
 */
@NullMarked
package com.channelportal.confirmation.ui;

import org.jspecify.annotations.NullMarked;
