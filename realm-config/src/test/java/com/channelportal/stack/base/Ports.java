package com.channelportal.stack.base;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every port a stack will bind before anything starts. Without it a taken port shows up
 * minutes later as a Keycloak or Payara stack trace that does not name the port, or — worse — a
 * server keeps running beside the other program and the tests talk to the wrong server.
 */
public final class Ports {

  private Ports() {}

  /** A port one part of the stack will bind, and the system property that moves it. */
  public record Wanted(int port, String owner, String property) {}

  public static void requireFree(List<Wanted> ports) {
    Map<Integer, Wanted> seen = new HashMap<>();
    for (Wanted wanted : ports) {
      Wanted other = seen.putIfAbsent(wanted.port(), wanted);
      if (other != null) {
        throw new StackException(
            "Port "
                + wanted.port()
                + " is wanted by both "
                + other.owner()
                + " and "
                + wanted.owner()
                + "; choose another with -D"
                + wanted.property()
                + "=…");
      }
      if (!isFree(wanted.port())) {
        throw new StackException(
            "Port "
                + wanted.port()
                + " ("
                + wanted.owner()
                + ") is already in use; choose another with -D"
                + wanted.property()
                + "=…");
      }
    }
  }

  /** Free on both the loopback and the wildcard address, as the servers bind one or the other. */
  public static boolean isFree(int port) {
    return canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
        && canBind(new InetSocketAddress(port));
  }

  private static boolean canBind(InetSocketAddress address) {
    try (var socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(address);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
