/**
 * The evidence pages: the audit trail for brand admins and the dispute-evidence download beside a
 * registration.
 */
@NullMarked
package com.channelportal.evidence.ui;

import org.jspecify.annotations.NullMarked;
