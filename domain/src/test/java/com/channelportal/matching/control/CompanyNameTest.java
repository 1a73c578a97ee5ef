package com.channelportal.matching.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyNameTest {

  @Nested
  class Chinese {

    @Test
    void regionTradeNameIndustryAndLegalFormEachInTheirField() {
      var name = CompanyName.parse("深圳利泰机电有限公司");

      assertThat(name.regions()).extracting(Region::name).containsExactly("深圳");
      assertThat(name.tradeName()).isEqualTo("利泰");
      assertThat(name.industryWords()).containsExactly("机电");
      assertThat(name.legalForms()).containsExactly("有限公司");
      assertThat(name.pinyin()).isEqualTo("litai");
      assertThat(name.branch()).isNull();
      assertThat(name.removed()).containsExactly("深圳", "机电", "有限公司");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "深圳利泰机电有限公司",
          "深圳市利泰机电有限公司",
          "利泰（深圳）机电有限公司",
          "利泰(深圳市)机电有限公司",
          "广东省深圳市利泰机电有限公司",
          "广东深圳利泰机电股份有限公司",
          "深圳利泰機電有限公司",
          "深圳利泰机电有限责任公司",
          "深圳 利泰 机电 有限公司",
          "　深圳利泰机电有限公司　",
          "深圳利泰机电Co.,Ltd.",
          "深圳利泰机电（集团）有限公司"
        })
    void spellingsOfOneCompanyHaveOneTradeNameAndIndustry(String raw) {
      var name = CompanyName.parse(raw);

      assertThat(name.tradeName()).isEqualTo("利泰");
      assertThat(name.industries()).containsExactly("机电");
      assertThat(name.home()).map(Region::city).contains("深圳");
    }

    @Test
    void regionsOfEveryLevelAtTheStart() {
      var name = CompanyName.parse("广东省深圳市南山区利泰电子科技有限公司");

      assertThat(name.regions()).extracting(Region::name).containsExactly("广东", "深圳", "南山");
      assertThat(name.home()).map(Region::city).contains("深圳");
      assertThat(name.industryWords()).containsExactly("电子", "科技");
      assertThat(name.removed()).startsWith("广东省", "深圳市", "南山区");
    }

    @Test
    void aDistrictOnlyCountsAfterItsCitySoThatWordsStayWords() {
      // 和平 is a district of Tianjin; at the start of a name it is a trade name
      assertThat(CompanyName.parse("和平机电有限公司").tradeName()).isEqualTo("和平");
      assertThat(CompanyName.parse("天津市和平区利泰机电有限公司").tradeName()).isEqualTo("利泰");
    }

    @Test
    void bracketedRegionInEnglishInsideAChineseName() {
      var name = CompanyName.parse("利泰(Shenzhen)机电有限公司");

      assertThat(name.tradeName()).isEqualTo("利泰");
      assertThat(name.regions()).extracting(Region::name).containsExactly("深圳");
      assertThat(name.removed()).contains("(shenzhen)");
    }

    @Test
    void bracketsThatAreNeitherRegionNorLegalFormStayInTheName() {
      assertThat(CompanyName.parse("利泰（国际）机电有限公司").tradeName()).isEqualTo("利泰国际");
    }

    @Test
    void tencentStyleRegionInBracketsBeforeTheLegalForm() {
      var name = CompanyName.parse("腾讯科技(深圳)有限公司");

      assertThat(name.tradeName()).isEqualTo("腾讯");
      assertThat(name.industryWords()).containsExactly("科技");
      assertThat(name.regions()).extracting(Region::name).containsExactly("深圳");
    }

    @Test
    void traditionalCharactersAreSimplified() {
      var name = CompanyName.parse("臺灣華為技術有限公司");

      assertThat(name.regions()).extracting(Region::name).containsExactly("台湾");
      assertThat(name.tradeName()).isEqualTo("华为");
      assertThat(name.industries()).containsExactly("科技");
    }

    @Test
    void fullWidthLatinInsideAChineseName() {
      var name = CompanyName.parse("深圳ＬＩＴＡＩ机电有限公司");

      assertThat(name.tradeName()).isEqualTo("litai");
      assertThat(name.isHan()).isFalse();
      assertThat(name.latinTokens()).containsExactly("litai");
    }

    @Test
    void legalFormsNestedAndRepeated() {
      var name = CompanyName.parse("利泰集团股份有限公司");

      assertThat(name.tradeName()).isEqualTo("利泰");
      assertThat(name.legalForms()).containsExactly("集团股份有限公司");
      assertThat(name.isGroup()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "安康科技有限公司, 安康", // a city, but here the trade name
      "中山大洋电机股份有限公司, 大洋", // 中山 the city, 大洋 the trade name
      "电子科技有限公司, 电子", // nothing but industry words: the first one is kept
      "华为终端有限公司, 华为终端", // 终端 tells group members apart: part of the trade name
      "高朋集团, 高朋",
      "贵州本邦林, 本邦林",
      "深圳亿和源, 亿和源"
    })
    void atLeastTwoCharactersAreLeftForTheTradeName(String raw, String tradeName) {
      assertThat(CompanyName.parse(raw).tradeName()).isEqualTo(tradeName);
    }

    @Test
    void synonymousIndustryWordsAreOneIndustry() {
      assertThat(CompanyName.parse("华为技术有限公司").industries())
          .isEqualTo(CompanyName.parse("华为科技有限公司").industries())
          .containsExactly("科技");
    }
  }

  @Nested
  class Branches {

    @Test
    void branchWithItsRegionAfterTheCompanysFullName() {
      var name = CompanyName.parse("深圳利泰机电有限公司广州分公司");

      assertThat(name.tradeName()).isEqualTo("利泰");
      assertThat(name.regions()).extracting(Region::name).containsExactly("深圳");
      assertThat(name.branch()).isNotNull();
      assertThat(name.branch().marker()).isEqualTo("分公司");
      assertThat(name.branch().region()).extracting(Region::name).isEqualTo("广州");
      assertThat(name.branch().written()).isEqualTo("广州分公司");
      assertThat(name.removed()).endsWith("广州分公司");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "利泰机电有限公司北京办事处, 办事处",
      "利泰机电有限公司上海代表处, 代表处",
      "利泰机电有限公司第一分厂, 分厂",
      "中国工商银行股份有限公司深圳南山支行, 支行"
    })
    void otherMarkers(String raw, String marker) {
      assertThat(CompanyName.parse(raw).branch().marker()).isEqualTo(marker);
    }

    @Test
    void englishBranch() {
      var name = CompanyName.parse("Shenzhen Litai Electromechanical Co., Ltd. Guangzhou Branch");

      assertThat(name.tradeName()).isEqualTo("litai");
      assertThat(name.branch().region()).extracting(Region::name).isEqualTo("广州");
      assertThat(name.branch().written()).isEqualTo("guangzhou branch");
      assertThat(name.regions()).extracting(Region::name).containsExactly("深圳");
    }

    @Test
    void englishRepresentativeOffice() {
      var name =
          CompanyName.parse("Litai Electromechanical Co., Ltd. Shanghai Representative Office");

      assertThat(name.tradeName()).isEqualTo("litai");
      assertThat(name.branch().written()).isEqualTo("shanghai representative office");
    }

    @Test
    void officeSuppliesAreNoOffice() {
      var name = CompanyName.parse("Litai Office Supplies Co., Ltd.");

      assertThat(name.branch()).isNull();
      assertThat(name.tradeName()).isEqualTo("litaiofficesupplies");
    }

    @Test
    void aCompanyIsNoBranch() {
      assertThat(CompanyName.parse("利泰分公司管理咨询有限公司").branch()).isNull();
    }
  }

  @Nested
  class English {

    @Test
    void legalFormsIndustryAndRegionAreRemovedAsWords() {
      var name = CompanyName.parse("Shenzhen Litai Electromechanical Co., Ltd.");

      assertThat(name.tradeName()).isEqualTo("litai");
      assertThat(name.pinyin()).isEqualTo("litai");
      assertThat(name.legalForms()).containsExactly("co", "ltd");
      assertThat(name.industries()).containsExactly("机电");
      assertThat(name.regions()).extracting(Region::name).containsExactly("深圳");
      assertThat(name.latinTokens()).containsExactly("shenzhen", "litai", "electromechanical");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "Litai Electromechanical Co., Ltd.",
          "LITAI ELECTROMECHANICAL CO LTD",
          "ＬＩＴＡＩ Ｅｌｅｃｔｒｏｍｅｃｈａｎｉｃａｌ Ｃｏ．，Ｌｔｄ．",
          "Litai (Shenzhen) Electromechanical Limited",
          "Litai Mechanical and Electrical Co., Ltd.",
          "Li Tai Electromechanical Company Limited"
        })
    void spellingsOfOneEnglishName(String raw) {
      var name = CompanyName.parse(raw);

      assertThat(name.tradeName()).isEqualTo("litai");
      assertThat(name.industries()).containsExactly("机电");
    }

    @Test
    void twoWordRegions() {
      var name = CompanyName.parse("Litai (Hong Kong) Limited");

      assertThat(name.tradeName()).isEqualTo("litai");
      assertThat(name.regions()).extracting(Region::name).containsExactly("香港");
    }

    @Test
    void englishIndustryWordsMapToTheChineseOnes() {
      assertThat(CompanyName.parse("Huawei Technologies Co., Ltd.").industries())
          .isEqualTo(CompanyName.parse("华为技术有限公司").industries());
      assertThat(CompanyName.parse("Litai Electronics Technology Co., Ltd.").industries())
          .isEqualTo(CompanyName.parse("利泰电子科技有限公司").industries())
          .containsExactlyInAnyOrder("电子", "科技");
    }

    @Test
    void aNameThatIsOnlyARegionKeepsItAsTradeName() {
      assertThat(CompanyName.parse("Shenzhen Co., Ltd.").tradeName()).isEqualTo("shenzhen");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "AKZO NOBEL N.V.",
          "Akzo Nobel NV",
          "AKZO NOBEL N. V,",
          "Akzo Nobel B.V.",
          "N.V. Akzo Nobel",
          "Naamloze Vennootschap Akzo Nobel",
          "Akzo Nobel Aktiengesellschaft",
          "Akzo Nobel S.p.A.",
          "Akzo & Nobel Ltd",
          "Akzo and Nobel LLC",
          "The Akzo Nobel Corp."
        })
    void latinLegalFormsWithDotsOrLeadingAndFillersGo(String raw) {
      assertThat(CompanyName.parse(raw).tradeName()).isEqualTo("akzonobel");
    }

    @Test
    void abbreviationsAreWrittenOutAndApostrophesJoin() {
      assertThat(LatinNames.tokens("St. Catherine's Child Dev. Ctr"))
          .containsExactly("st", "catherines", "child", "development", "center");
      assertThat(CompanyName.parse("Litai Int'l Trading Co., Ltd.").tradeName())
          .isEqualTo(CompanyName.parse("Litai International Trading Company Limited").tradeName())
          .isEqualTo("litai");
    }

    @Test
    void initialsAreOneWord() {
      assertThat(LatinNames.tokens("I.B.M. United Kingdom Ltd."))
          .containsExactly("ibm", "united", "kingdom", "ltd");
      assertThat(LatinNames.tokens("Philips U. K.")).containsExactly("philips", "uk");
      assertThat(LatinNames.tokens("3M Company")).containsExactly("3m", "company");
    }

    @Test
    void groupIsALegalForm() {
      var name = CompanyName.parse("Gaopeng Group");

      assertThat(name.tradeName()).isEqualTo("gaopeng");
      assertThat(name.isGroup()).isTrue();
    }
  }

  @Test
  void identityIsTradeNameAndIndustriesWhateverTheSpelling() {
    assertThat(CompanyName.parse("深圳市利泰机电有限公司").identity())
        .isEqualTo(CompanyName.parse("利泰（深圳）機電有限公司").identity())
        .isNotEqualTo(CompanyName.parse("深圳利泰科技有限公司").identity());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "（）", "有限公司"})
  void nothingToParse(String raw) {
    var name = CompanyName.parse(raw);

    assertThat(name.hasTradeName())
        .as(List.of(name.tradeName()).toString())
        .isEqualTo(raw != null && raw.equals("有限公司"));
  }
}
