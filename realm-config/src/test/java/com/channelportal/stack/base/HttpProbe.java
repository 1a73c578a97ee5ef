package com.channelportal.stack.base;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/** Waits for a server by asking it over HTTP, the only signal that it really serves requests. */
public final class HttpProbe {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private HttpProbe() {}

  /** The status of a GET, or empty when nothing answers. */
  public static OptionalInt status(String url) {
    var request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
    try {
      return OptionalInt.of(
          CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    } catch (IOException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("Interrupted while waiting for " + url, e);
    }
  }

  /**
   * Polls until the status is accepted. Gives up early when the server process has died, so a crash
   * is reported at once rather than after the whole timeout.
   */
  public static int await(
      String url,
      IntPredicate accepted,
      Duration timeout,
      BooleanSupplier serverAlive,
      Supplier<String> failure) {
    long deadline = System.nanoTime() + timeout.toNanos();
    OptionalInt last = OptionalInt.empty();
    while (System.nanoTime() < deadline) {
      last = status(url);
      if (last.isPresent() && accepted.test(last.getAsInt())) {
        return last.getAsInt();
      }
      if (!serverAlive.getAsBoolean()) {
        throw new StackException("The server exited. " + failure.get());
      }
      sleep();
    }
    String answer = last.isPresent() ? "last status " + last.getAsInt() : "no answer";
    throw new StackException(
        "Timed out after " + timeout.toSeconds() + " s (" + answer + "). " + failure.get());
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("Interrupted while waiting for a server", e);
    }
  }
}
