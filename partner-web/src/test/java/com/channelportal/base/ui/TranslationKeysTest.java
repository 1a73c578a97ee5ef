package com.channelportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the Java sources of this module, so that a forgotten translation fails the build instead of
 * showing {@code !key} to a user.
 */
class TranslationKeysTest {

  static final Path SOURCES = Path.of("src/main/java");

  static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");

  static final Pattern MENU = Pattern.compile("(?m)^\\s*@Menu\\(");

  static final Pattern ROUTE = Pattern.compile("@Route\\(\\s*(?:value\\s*=\\s*)?\"([^\"]*)\"");

  /** Visible text written into a component instead of taken from the bundles. */
  static final Pattern LITERAL_TEXT =
      Pattern.compile(
          "new\\s+(?:Span|Div|H[1-6]|Paragraph|Button|Text|Notification|NativeLabel|Emphasis"
              + "|Strong|Term|Description)\\(\\s*\"[^\"]*\\p{L}"
              + "|\\.(?:setText|setLabel|setTitle|setHeader|setPlaceholder|setHelperText"
              + "|setAriaLabel|setTooltipText|setErrorMessage|addItem)\\(\\s*\"[^\"]*\\p{L}"
              + "|Notification\\.show\\(\\s*\"");

  static Map<Path, String> sources;
  static Properties english;
  static Properties chinese;

  @BeforeAll
  static void readSources() throws IOException {
    assertThat(SOURCES).isDirectory();
    sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.put(f, read(f)));
    }
    english = TranslationsTest.load("translations.properties");
    chinese = TranslationsTest.load("translations_zh_CN.properties");
  }

  @Test
  void everyLiteralKeyIsTranslated() {
    List<String> used = new ArrayList<>();
    sources.values().forEach(source -> used.addAll(matches(LITERAL_KEY, source)));
    assertThat(used).as("keys found in the sources").isNotEmpty();
    assertThat(used).allSatisfy(this::translatedInBothLanguages);
  }

  @Test
  void everyMenuEntryIsTranslated() {
    sources.forEach(
        (file, source) -> {
          if (MENU.matcher(source).find()) {
            List<String> routes = matches(ROUTE, source);
            assertThat(routes).as("literal @Route of the @Menu view %s", file).hasSize(1);
            String path = "/" + routes.get(0).replaceAll("/?:[^/]*", "");
            translatedInBothLanguages(MainLayout.menuKey(path));
          }
        });
  }

  @Test
  void viewsShowNoLiteralText() {
    sources.forEach(
        (file, source) -> {
          if (file.toString().contains("/ui/")) {
            assertThat(matches(Pattern.compile("(" + LITERAL_TEXT.pattern() + ")"), source))
                .as("literal UI text in %s; use getTranslation", file)
                .isEmpty();
          }
        });
  }

  @Test
  void theGuardsRecogniseWhatTheyLookFor() {
    assertThat(matches(LITERAL_KEY, "x.getTranslation( \"a.b\", y); getTranslation(key)"))
        .containsExactly("a.b");
    assertThat(LITERAL_TEXT.matcher("add(new Span(\"Hello\"))").find()).isTrue();
    assertThat(LITERAL_TEXT.matcher("item.setLabel(\"名称\")").find()).isTrue();
    assertThat(LITERAL_TEXT.matcher("Notification.show(\"x\")").find()).isTrue();
    assertThat(LITERAL_TEXT.matcher("new Span(getTranslation(\"a\"))").find()).isFalse();
    assertThat(matches(ROUTE, "@Route(value = \"partners/:id?\")"))
        .containsExactly("partners/:id?");
  }

  private void translatedInBothLanguages(String key) {
    assertThat(english).as("English text for %s", key).containsKey(key);
    assertThat(chinese).as("Chinese text for %s", key).containsKey(key);
  }

  private static List<String> matches(Pattern pattern, String source) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(source);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
