package com.channelportal.matching.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resource lists are data a reviewer edits: these keep an edit from silently breaking them. */
class WordListsTest {

  @Test
  void everyIndustryLineHasChineseWordsAndEnglishRenderings() {
    for (String line : Resources.lines("industry-words.txt")) {
      String[] sides = line.split("=", 2);

      assertThat(sides).as(line).hasSize(2);
      assertThat(Transliteration.containsHan(sides[0])).as(line).isTrue();
      assertThat(sides[1].split(";")).as(line).allMatch(english -> !english.isBlank());
    }
  }

  @Test
  void noIndustryWordIsListedTwice() {
    var seen = new HashSet<String>();
    for (String line : Resources.lines("industry-words.txt")) {
      for (String word : line.split("=", 2)[0].strip().split("\\s+")) {
        assertThat(seen.add(word)).as(word).isTrue();
      }
    }
  }

  @Test
  void noLegalFormIsAlsoAnIndustryWord() {
    var words = NameWords.lists();
    for (String form : Resources.lines("legal-forms.txt")) {
      assertThat(words.chineseIndustryWordAtEnd(form).filter(form::equals)).as(form).isEmpty();
    }
  }

  @Test
  void latinLegalFormsAreSingleLowerCaseWords() {
    Resources.lines("legal-forms.txt").stream()
        .filter(form -> !Transliteration.containsHan(form))
        .forEach(form -> assertThat(form).matches("[a-z]+"));
  }

  @Test
  void abbreviationsAreLowerCaseWordsWrittenOutAsOneWord() {
    assertThat(Resources.lines("abbreviations.txt"))
        .isNotEmpty()
        .allMatch(line -> line.matches("[a-z']+(, ?[a-z']+)* = [a-z]+"));
  }

  @Test
  void sharedHostsAreDomainsWithoutSchemeOrPath() {
    assertThat(Resources.lines("shared-hosts.txt"))
        .isNotEmpty()
        .allMatch(host -> host.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+"));
  }

  @Test
  void englishIndustryPhrasesAreRecognizedAtTheEndOfAName() {
    var words = NameWords.lists();

    // "and" is a filler the tokens leave out, so the phrase is two words long
    assertThat(words.englishIndustryAtEnd(LatinNames.tokens("Litai Science and Technology")))
        .isEqualTo(2);
    assertThat(words.englishIndustryAtEnd(List.of("litai", "trading"))).isEqualTo(1);
    assertThat(words.englishIndustryAtEnd(List.of("litai"))).isZero();
  }
}
