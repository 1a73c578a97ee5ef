package com.channelportal.realm;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/** Small helpers so the realm tests read like the checks a reviewer would do by eye. */
final class RealmJson {

  static final String PORTAL_BASE_URL = "http://localhost:8080";
  static final String KEYCLOAK_URL = "http://localhost:8180";

  private RealmJson() {}

  /** A realm rendered with the demo values, as the run command imports it. */
  static JsonObject realm(String templateName) {
    Map<String, String> values = RealmTemplates.demoValues(PORTAL_BASE_URL, KEYCLOAK_URL);
    return parse(RealmTemplates.render(RealmTemplates.load(templateName), values));
  }

  static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  static JsonArray parseArray(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readArray();
    }
  }

  /** The one element of {@code array} whose {@code key} is {@code value}. */
  static JsonObject find(JsonArray array, String key, String value) {
    return array.getValuesAs(JsonObject.class).stream()
        .filter(o -> value.equals(o.getString(key, null)))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("No element with " + key + "=" + value));
  }

  /** The configuration of a client's protocol mapper of the given type. */
  static JsonObject mapper(JsonObject client, String type) {
    return find(client.getJsonArray("protocolMappers"), "protocolMapper", type)
        .getJsonObject("config");
  }

  static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  static List<String> field(JsonArray array, String key) {
    return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString(key)).toList();
  }

  static List<String> realmRoleNames(JsonObject realm) {
    return field(realm.getJsonObject("roles").getJsonArray("realm"), "name");
  }

  /**
   * The roles a user may be given: the file's own plus the default role Keycloak creates for every
   * realm (it carries the account-console rights that users created at runtime get anyway).
   */
  static List<String> assignableRoles(JsonObject realm) {
    List<String> roles = new ArrayList<>(realmRoleNames(realm));
    roles.add(defaultRole(realm));
    return roles;
  }

  static String defaultRole(JsonObject realm) {
    return "default-roles-" + realm.getString("realm");
  }

  /** People, not the service-account users Keycloak needs for client role grants. */
  static List<JsonObject> people(JsonObject realm) {
    return realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
        .filter(u -> !u.containsKey("serviceAccountClientId"))
        .toList();
  }

  /** Every string stored under a key that names a secret or password, or as a credential value. */
  static List<String> secretsAndPasswords(JsonValue json) {
    List<String> found = new ArrayList<>();
    collect(json, "", found);
    return found;
  }

  private static void collect(JsonValue json, String path, List<String> found) {
    if (json instanceof JsonObject object) {
      object.forEach((key, value) -> collect(value, path + "/" + key, found));
    } else if (json instanceof JsonArray array) {
      array.forEach(value -> collect(value, path, found));
    } else if (json instanceof JsonString string && isSecret(path)) {
      found.add(string.getString());
    }
  }

  private static boolean isSecret(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    String key = lower.substring(lower.lastIndexOf('/') + 1);
    return key.contains("secret")
        || key.contains("password")
        || lower.endsWith("/credentials/value");
  }
}
