/**
 * The evidence API: the audit chain's verification and a registration's dispute evidence as
 * documents. Reads only; who may read what is the domain's decision.
 */
@NullMarked
package com.channelportal.evidence.rest;

import org.jspecify.annotations.NullMarked;
