/** What verification and evidence exports report, as plain values. */
@NullMarked
package com.channelportal.evidence.entity;

import org.jspecify.annotations.NullMarked;
