/** Partner companies: the tenants of the portal and the brand that runs it. */
@NullMarked
package com.channelportal.partner.entity;

import org.jspecify.annotations.NullMarked;
