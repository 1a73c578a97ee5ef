/**
 * The deal timeline for partners' CRMs (e.g. the service account {@code litai-crm}) and the brand's
 * systems. Files go up as the raw request body, one per request, so that no multipart parser sits
 * between the size limit and the bytes; the resource stops reading one byte past the limit.
 */
@NullMarked
package com.channelportal.followup.rest;

import org.jspecify.annotations.NullMarked;
