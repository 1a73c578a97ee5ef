package com.channelportal.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class RealmTemplatesTest {

  static final List<String> TEMPLATES = RealmTemplates.NAMES;

  private static final Map<String, String> DEMO =
      RealmTemplates.demoValues("http://localhost:8080", "http://localhost:8180");

  @ParameterizedTest
  @FieldSource("TEMPLATES")
  void demoValuesResolveEveryPlaceholder(String name) {
    String template = RealmTemplates.load(name);

    assertThat(RealmTemplates.placeholders(template)).isNotEmpty();
    assertThat(DEMO.keySet()).containsAll(RealmTemplates.placeholders(template));
    assertThat(RealmTemplates.render(template, DEMO)).doesNotContain("@@");
  }

  @ParameterizedTest
  @FieldSource("TEMPLATES")
  void renderedTemplateIsJsonForTheNamedRealm(String name) {
    JsonObject realm = RealmJson.parse(RealmTemplates.render(RealmTemplates.load(name), DEMO));

    assertThat(name).startsWith(realm.getString("realm") + "-realm");
    assertThat(realm.getBoolean("enabled")).isTrue();
    assertThat(realm.getString("sslRequired")).isEqualTo("external");
  }

  @Test
  void missingValueIsNamedInTheError() {
    Map<String, String> values = new HashMap<>(DEMO);
    values.remove(RealmTemplates.BROKER_CLIENT_SECRET);

    assertThatThrownBy(
            () -> RealmTemplates.render(RealmTemplates.load("partners-realm.json"), values))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("@@BROKER_CLIENT_SECRET@@");
  }

  @Test
  void blankValueIsNamedInTheError() {
    Map<String, String> values = new HashMap<>(DEMO);
    values.put(RealmTemplates.DEMO_PASSWORD, " ");

    assertThatThrownBy(() -> RealmTemplates.render("{\"p\":\"@@DEMO_PASSWORD@@\"}", values))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("@@DEMO_PASSWORD@@");
  }

  @Test
  void valuesAreEscapedForJson() {
    String tricky = "a\"b\\c$1";

    JsonObject rendered =
        RealmJson.parse(
            RealmTemplates.render("{\"secret\":\"@@SECRET@@\"}", Map.of("SECRET", tricky)));

    assertThat(rendered.getString("secret")).isEqualTo(tricky);
  }

  @Test
  void demoValuesDropATrailingSlashFromUrls() {
    Map<String, String> values = RealmTemplates.demoValues("http://localhost:8080/", "http://kc/");

    assertThat(values)
        .containsEntry(RealmTemplates.PORTAL_BASE_URL, "http://localhost:8080")
        .containsEntry(RealmTemplates.KEYCLOAK_URL, "http://kc");
  }

  @ParameterizedTest
  @FieldSource("TEMPLATES")
  void templatesHoldNoSecretOrPasswordLiteral(String name) {
    JsonObject realm =
        RealmJson.parse(RealmTemplates.render(RealmTemplates.load(name), placeholdersAsValues()));

    for (String secret : RealmJson.secretsAndPasswords(realm)) {
      assertThat(secret).as("secret or password in %s", name).matches("<[A-Z_]+>");
    }
    assertThat(RealmJson.secretsAndPasswords(realm)).isNotEmpty();
  }

  @ParameterizedTest
  @FieldSource("TEMPLATES")
  void templatesDoNotContainTheDemoSecrets(String name) {
    String template = RealmTemplates.load(name);

    for (String key :
        List.of(
            "PORTAL_CLIENT_SECRET",
            "BACKEND_CLIENT_SECRET",
            "BROKER_CLIENT_SECRET",
            "LITAI_CRM_SECRET",
            "BRAND_ERP_SECRET",
            "DEMO_PASSWORD")) {
      assertThat(template).doesNotContain(DEMO.get(key));
    }
  }

  @Test
  void writeToPutsEveryRenderedRealmInTheImportDir(@TempDir Path dir) throws IOException {
    List<Path> written = RealmTemplates.writeTo(dir.resolve("data/import"), DEMO);

    assertThat(written)
        .extracting(p -> p.getFileName().toString())
        .containsExactlyElementsOf(TEMPLATES);
    for (Path file : written) {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(json).doesNotContain("@@");
      RealmJson.parse(json);
    }
    assertThat(Files.readString(written.get(0), StandardCharsets.UTF_8)).contains("深圳利泰机电有限公司");
  }

  /** Turns every placeholder into a recognisable marker, so literal secrets stand out. */
  private static Map<String, String> placeholdersAsValues() {
    Map<String, String> values = new HashMap<>();
    for (String name : TEMPLATES) {
      for (String placeholder : RealmTemplates.placeholders(RealmTemplates.load(name))) {
        values.put(placeholder, "<" + placeholder + ">");
      }
    }
    return values;
  }
}
