package com.channelportal.matching.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "深圳利泰機電有限公司, 深圳利泰机电有限公司",
    "華為技術, 华为技术",
    "臺灣, 台湾",
    "廣東省, 广东省",
    "深圳利泰机电, 深圳利泰机电",
    "Litai 機電 Co., Litai 机电 Co."
  })
  void traditionalToSimplified(String traditional, String simplified) {
    assertThat(Transliteration.simplified(traditional)).isEqualTo(simplified);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "利泰, litai",
    "亿和源, yiheyuan",
    "本邦林, benbanglin",
    "高朋, gaopeng",
    "华为, huawei",
    "利泰ABC, litaiabc"
  })
  void pinyinWithoutTonesOrSpaces(String han, String pinyin) {
    assertThat(Transliteration.pinyin(han)).isEqualTo(pinyin);
  }

  @Test
  void oneReadingPerCharacterNotPerPhrase() {
    // 重庆 is chongqing, but 重 alone is mostly zhong: consistent on both sides is what matters
    assertThat(Transliteration.pinyin("重庆")).isEqualTo("zhongqing");
    assertThat(Transliteration.pinyin("重庆")).isEqualTo(Transliteration.pinyin("重") + "qing");
  }

  @Test
  void homophonesHaveOnePinyin() {
    assertThat(Transliteration.pinyin("亿合源")).isEqualTo(Transliteration.pinyin("亿和源"));
  }

  @Test
  void theSameFromManyThreads() {
    List<String> names = List.of("深圳利泰機電", "華為技術", "貴州本邦林", "高朋集團", "億和源");
    var results = new ConcurrentHashMap<String, String>();

    IntStream.range(0, 2000)
        .parallel()
        .forEach(
            i -> {
              String name = names.get(i % names.size());
              String value = Transliteration.pinyin(Transliteration.simplified(name));
              String earlier = results.putIfAbsent(name, value);
              assertThat(earlier == null ? value : earlier).isEqualTo(value);
            });

    assertThat(results).containsEntry("深圳利泰機電", "shenzhenlitaijidian");
  }
}
