package com.channelportal.followup.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a limit. It stops one byte past the limit, so that an oversized upload
 * costs no more memory than an allowed one and is answered 413 at once.
 */
final class Uploads {

  private Uploads() {}

  static byte[] read(InputStream body, long maxBytes) {
    var out = new ByteArrayOutputStream();
    var buffer = new byte[64 * 1024];
    try {
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        out.write(buffer, 0, n);
        if (out.size() > maxBytes) {
          throw new ClientErrorException(
              "The file is larger than " + maxBytes + " bytes",
              Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
      }
    } catch (IOException e) {
      // the client broke off the upload: its request, not the server, is at fault
      throw new BadRequestException("The request body could not be read");
    }
    return out.toByteArray();
  }
}
