package com.channelportal.realm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The realm import files, rendered for one environment.
 *
 * <p>Placeholders are written {@code @@NAME@@} because Keycloak resolves {@code ${...}} in import
 * files itself. Every placeholder sits inside a JSON string, so values are JSON-escaped: a secret
 * with a quote or backslash cannot break the file.
 */
public final class RealmTemplates {

  /** The realm partners and brand employees sign in to. */
  public static final String PARTNERS = "partners-realm.json";

  /** A stand-in for the brand owner's own identity provider, brokered by {@link #PARTNERS}. */
  public static final String BRAND_INTRANET = "brand-intranet-realm.json";

  /** Every realm the run command and the tests import; Keycloak takes them in any order. */
  public static final List<String> NAMES = List.of(PARTNERS, BRAND_INTRANET);

  // Placeholder names, for callers that pass real values instead of demoValues.
  public static final String PORTAL_BASE_URL = "PORTAL_BASE_URL";
  public static final String KEYCLOAK_URL = "KEYCLOAK_URL";
  public static final String PORTAL_CLIENT_SECRET = "PORTAL_CLIENT_SECRET";
  public static final String BACKEND_CLIENT_SECRET = "BACKEND_CLIENT_SECRET";
  public static final String BROKER_CLIENT_SECRET = "BROKER_CLIENT_SECRET";

  /** Secret of the demo distributor litai's CRM, a service account scoped to that tenant. */
  public static final String LITAI_CRM_SECRET = "LITAI_CRM_SECRET";

  /** Secret of the brand's ERP, a service account with the brand-admin role. */
  public static final String BRAND_ERP_SECRET = "BRAND_ERP_SECRET";

  public static final String DEMO_PASSWORD = "DEMO_PASSWORD";

  /** Where the partners realm sends its e-mails (invitations, password resets). */
  public static final String SMTP_HOST = "SMTP_HOST";

  public static final String SMTP_PORT = "SMTP_PORT";
  public static final String SMTP_FROM = "SMTP_FROM";

  /** The local mail sink's port when a caller does not name one. */
  public static final int DEMO_SMTP_PORT = 2525;

  private static final Pattern PLACEHOLDER = Pattern.compile("@@([A-Z][A-Z0-9_]*)@@");

  private RealmTemplates() {}

  /** Reads a template as shipped in this jar, so the launcher needs no checkout. */
  public static String load(String name) {
    String resource = "/realms/" + name;
    try (InputStream in = RealmTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No realm template " + resource + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read realm template " + resource, e);
    }
  }

  /** Lets callers and tests see what a template needs before rendering it. */
  public static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /**
   * Fills in every placeholder; a missing or blank value fails loudly, because Keycloak would
   * otherwise import a realm with a literal {@code @@...@@} secret or redirect URI.
   */
  public static String render(String template, Map<String, String> values) {
    return PLACEHOLDER
        .matcher(template)
        .replaceAll(match -> Matcher.quoteReplacement(jsonEscape(valueOf(match.group(1), values))));
  }

  /** Writes all rendered realms where {@code kc.sh --import-realm} picks them up. */
  public static List<Path> writeTo(Path importDir, Map<String, String> values) throws IOException {
    Files.createDirectories(importDir);
    List<Path> written = new ArrayList<>();
    for (String name : NAMES) {
      Path file = importDir.resolve(name);
      Files.writeString(file, render(load(name), values), StandardCharsets.UTF_8);
      written.add(file);
    }
    return written;
  }

  /**
   * Values for local runs and tests ONLY: the secrets and the password are public in this source
   * file, so no realm rendered with them may ever be reachable from outside the developer's
   * machine.
   */
  public static Map<String, String> demoValues(String portalBaseUrl, String keycloakUrl) {
    return demoValues(portalBaseUrl, keycloakUrl, DEMO_SMTP_PORT);
  }

  /** The same, with e-mail going to a local sink on {@code smtpPort} (GreenMail in the stack). */
  public static Map<String, String> demoValues(
      String portalBaseUrl, String keycloakUrl, int smtpPort) {
    return Map.ofEntries(
        Map.entry(PORTAL_BASE_URL, withoutTrailingSlash(portalBaseUrl)),
        Map.entry(KEYCLOAK_URL, withoutTrailingSlash(keycloakUrl)),
        Map.entry(PORTAL_CLIENT_SECRET, "partner-portal-demo-secret"),
        Map.entry(BACKEND_CLIENT_SECRET, "portal-backend-demo-secret"),
        Map.entry(BROKER_CLIENT_SECRET, "partners-broker-demo-secret"),
        Map.entry(LITAI_CRM_SECRET, "litai-crm-demo-secret"),
        Map.entry(BRAND_ERP_SECRET, "brand-erp-demo-secret"),
        Map.entry(DEMO_PASSWORD, "Demo@2026"),
        Map.entry(SMTP_HOST, "127.0.0.1"),
        Map.entry(SMTP_PORT, String.valueOf(smtpPort)),
        Map.entry(SMTP_FROM, "portal@channelportal.example"));
  }

  private static String valueOf(String placeholder, Map<String, String> values) {
    String value = values.get(placeholder);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "No value given for realm placeholder @@" + placeholder + "@@");
    }
    return value;
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String jsonEscape(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> escaped.append("\\\"");
        case '\\' -> escaped.append("\\\\");
        default -> {
          if (c < 0x20) {
            escaped.append(String.format("\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
