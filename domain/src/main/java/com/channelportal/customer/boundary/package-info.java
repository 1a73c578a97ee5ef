/**
 * Use cases on customers, scoped by the caller. Brand staff see the whole customer master; a
 * partner sees only the records its own registrations created, so that the master cannot be used to
 * fish for the brand's customers or another partner's. A partner never creates a customer directly:
 * its record comes with its first submitted registration of the company.
 */
@NullMarked
package com.channelportal.customer.boundary;

import org.jspecify.annotations.NullMarked;
