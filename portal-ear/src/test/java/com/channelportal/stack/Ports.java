package com.channelportal.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every port the stack will bind before anything starts. Without it a taken port shows up
 * minutes later as a Keycloak or Payara stack trace that does not name the port, or — worse —
 * Payara keeps running beside the other program and the tests talk to the wrong server.
 */
final class Ports {

  private Ports() {}

  /** A port one part of the stack will bind, and the property that moves it. */
  record Wanted(int port, String owner, String property) {}

  static void requireFree(StackSettings settings) {
    Map<Integer, Wanted> seen = new HashMap<>();
    for (Wanted wanted : wanted(settings)) {
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

  static List<Wanted> wanted(StackSettings settings) {
    List<Wanted> ports = new ArrayList<>();
    ports.add(new Wanted(settings.dbPort(), "MariaDB", settings.property(StackSettings.DB_PORT)));
    ports.add(
        new Wanted(
            settings.keycloakPort(),
            "Keycloak HTTP",
            settings.property(StackSettings.KEYCLOAK_PORT)));
    ports.add(
        new Wanted(
            settings.keycloakManagementPort(),
            "Keycloak management",
            settings.property(StackSettings.KEYCLOAK_MANAGEMENT_PORT)));
    ports.add(
        new Wanted(
            settings.smtpPort(), "mail sink (SMTP)", settings.property(StackSettings.SMTP_PORT)));
    String payara = settings.property(StackSettings.HTTP_PORT);
    int base = settings.payaraPortBase();
    ports.add(new Wanted(base + 80, "Payara HTTP", payara));
    ports.add(new Wanted(base + 81, "Payara HTTPS", payara));
    ports.add(new Wanted(base + 48, "Payara admin", payara));
    ports.add(new Wanted(base + 37, "Payara IIOP", payara));
    ports.add(new Wanted(base + 38, "Payara IIOP/SSL", payara));
    ports.add(new Wanted(base + 39, "Payara IIOP/SSL mutual auth", payara));
    ports.add(new Wanted(base + 76, "Payara JMS", payara));
    ports.add(new Wanted(base + 86, "Payara JMX", payara));
    ports.add(new Wanted(base + 66, "Payara OSGi shell", payara));
    ports.add(new Wanted(base + 9, "Payara debugger", payara));
    return ports;
  }

  /** Free on both the loopback and the wildcard address, as the servers bind one or the other. */
  static boolean isFree(int port) {
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
