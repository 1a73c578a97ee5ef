package com.channelportal.base.control;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code JsonSupport.PROVIDER.createObjectBuilder()} and its
 * siblings look the provider up through the service loader at every call, which was a tenth of a
 * submission's CPU (docs/benchmarks.md, "Submission throughput"); the provider itself is
 * thread-safe.
 */
public final class JsonSupport {

  public static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonSupport() {}
}
