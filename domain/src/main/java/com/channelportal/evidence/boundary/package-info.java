/**
 * Evidence for disputes and audits: the audit chain's verification as brand admins run it in the
 * portal, and a registration's dispute evidence as one document. Everything here only reads; the
 * one write, the record that evidence was exported, goes to the audit log itself.
 */
@NullMarked
package com.channelportal.evidence.boundary;

import org.jspecify.annotations.NullMarked;
