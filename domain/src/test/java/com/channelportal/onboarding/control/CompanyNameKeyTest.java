package com.channelportal.onboarding.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyNameKeyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "深圳利泰机电有限公司",
        "深圳利泰机电有限责任公司",
        "深圳利泰机电股份有限公司",
        "深圳利泰机电集团有限公司",
        "深圳利泰机电（集团）有限公司",
        "深圳利泰机电 有限 公司",
        "深圳利泰机电公司",
        "　深圳利泰机电有限公司　",
        "深圳利泰机电",
        "深圳利泰机电（有限公司）",
        "深圳·利泰·机电",
        "深圳利泰机电Co.,Ltd."
      })
  void chineseSpellingsOfOneCompany(String name) {
    assertThat(CompanyNameKey.of(name)).isEqualTo("深圳利泰机电");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Litai",
        "LITAI",
        "Litai Co., Ltd.",
        "Litai Co.,Ltd",
        "Litai Co Ltd",
        "Litai Company Limited",
        "Litai Limited",
        "Litai Inc.",
        "Litai Corp.",
        "Litai Corporation",
        "Litai GmbH",
        "Litai GmbH & Co. KG",
        "ＬＩＴＡＩ Ｃｏ．，Ｌｔｄ．",
        "(Litai)",
        "Litai 有限公司",
        "Litai Co. 有限公司"
      })
  void latinSpellingsOfOneCompany(String name) {
    assertThat(CompanyNameKey.of(name)).isEqualTo("litai");
  }

  @ParameterizedTest
  @CsvSource({
    "Zinc, zinc",
    "Zinc Inc., zinc",
    "Coltd Trading, coltdtrading",
    "Bangco, bangco",
    "Limited Edition Ltd, limitededition",
    "公司治理咨询有限公司, 公司治理咨询",
    "腾讯科技(深圳)有限公司, 腾讯科技深圳",
    "3M China Ltd., 3mchina",
    "A&B Trading, abtrading"
  })
  void legalFormsOnlyAtTheEndAndLatinOnesOnlyAsWholeWords(String name, String key) {
    assertThat(CompanyNameKey.of(name)).isEqualTo(key);
  }

  @Test
  void differentCompaniesStayDifferent() {
    assertThat(CompanyNameKey.of("深圳利泰机电有限公司"))
        .isNotEqualTo(CompanyNameKey.of("深圳利泰科技有限公司"))
        .isNotEqualTo(CompanyNameKey.of("深圳利泰机电分公司"));
    assertThat(CompanyNameKey.of("Litai Electric Co., Ltd."))
        .isNotEqualTo(CompanyNameKey.of("Litai Co., Ltd."));
  }

  @Test
  void aRegionPrefixIsNotFoldedYet() {
    // the later matcher handles 深圳市 vs 深圳; this key deliberately does not
    assertThat(CompanyNameKey.of("深圳市利泰机电有限公司")).isEqualTo("深圳市利泰机电");
  }

  @Test
  void accentsAndCombiningMarksAreKept() {
    assertThat(CompanyNameKey.of("Müller GmbH")).isEqualTo("müller");
    assertThat(CompanyNameKey.of("Mu\u0308ller GmbH")).isEqualTo("müller");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"有限公司", "股份有限公司", "Co., Ltd.", "Limited", " （）- ", "Inc. 公司"})
  void nothingButLegalFormsAndPunctuationIsEmpty(String name) {
    assertThat(CompanyNameKey.of(name)).isEmpty();
  }
}
