/**
 * The brand's direct opportunities: deals its own sales people work on. Deliberately minimal until
 * the direct-sales desk is built: a customer, an owner and whether it is open. An open opportunity
 * counts in conflict detection like a partner's claim, which is what stops a distributor from
 * registering a customer the brand is already selling to.
 */
@NullMarked
package com.channelportal.direct.entity;

import org.jspecify.annotations.NullMarked;
