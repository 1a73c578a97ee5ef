package com.channelportal.followup.rest;

import com.channelportal.base.rest.Problems;
import com.channelportal.followup.boundary.DealAttachments;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a multipart upload by its declared length, before the container parses (and spools) its
 * parts: above {@link MultipartActivity#maxRequestBytes} with 413, without a length (chunked) with
 * 411, since its size would only be known once it was stored. Runs after the role checks, so an
 * anonymous caller still gets 401.
 */
@Provider
@UploadLimit
public class UploadLimits implements ContainerRequestFilter {

  @Inject DealAttachments attachments;

  @Inject Problems problems;

  @Override
  public void filter(ContainerRequestContext request) {
    var length = request.getLength();
    var max = MultipartActivity.maxRequestBytes(attachments.maxBytes());
    if (length < 0) {
      request.abortWith(
          problems.response(411, "Length Required", "A multipart upload needs its Content-Length"));
    } else if (length > max) {
      request.abortWith(
          problems.response(
              413, "Content Too Large", "The request is larger than " + max + " bytes"));
    }
  }
}
