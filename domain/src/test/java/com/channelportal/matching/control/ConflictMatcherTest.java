package com.channelportal.matching.control;

import static com.channelportal.matching.control.ConflictMatcher.LIKELY;
import static com.channelportal.matching.control.ConflictMatcher.REVIEW;
import static com.channelportal.matching.entity.MatchReason.Code.BRANCHES_OF_ONE_COMPANY;
import static com.channelportal.matching.entity.MatchReason.Code.BRANCH_OF;
import static com.channelportal.matching.entity.MatchReason.Code.DOMAIN_EQUAL;
import static com.channelportal.matching.entity.MatchReason.Code.DOMAIN_NO_EVIDENCE;
import static com.channelportal.matching.entity.MatchReason.Code.GROUP_AND_MEMBER;
import static com.channelportal.matching.entity.MatchReason.Code.INDUSTRY_WORDS_DIFFERENT;
import static com.channelportal.matching.entity.MatchReason.Code.INDUSTRY_WORDS_EQUAL;
import static com.channelportal.matching.entity.MatchReason.Code.OTHER_CITY;
import static com.channelportal.matching.entity.MatchReason.Code.OTHER_INDUSTRY;
import static com.channelportal.matching.entity.MatchReason.Code.PHONE_EQUAL;
import static com.channelportal.matching.entity.MatchReason.Code.PINYIN_EQUAL;
import static com.channelportal.matching.entity.MatchReason.Code.PINYIN_SIMILAR;
import static com.channelportal.matching.entity.MatchReason.Code.SAME_CITY;
import static com.channelportal.matching.entity.MatchReason.Code.TRADE_NAME_EQUAL;
import static com.channelportal.matching.entity.MatchReason.Code.TRADE_NAME_EXTENDED;
import static com.channelportal.matching.entity.MatchReason.Code.TRADE_NAME_HOMOPHONE;
import static com.channelportal.matching.entity.MatchReason.Code.TRADE_NAME_SIMILAR;
import static com.channelportal.matching.entity.MatchReason.Code.USCC_DIFFERENT;
import static com.channelportal.matching.entity.MatchReason.Code.USCC_EQUAL;
import static com.channelportal.matching.entity.MatchReason.Code.USCC_INVALID;
import static com.channelportal.matching.entity.MatchReason.Code.USCC_OF_BRANCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.channelportal.matching.entity.Candidate;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.matching.entity.Match;
import com.channelportal.matching.entity.MatchReason;
import com.channelportal.matching.entity.MatchReason.Code;
import com.channelportal.matching.entity.MatchSubject;
import com.channelportal.partner.control.UnifiedSocialCreditCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConflictMatcherTest {

  /** 华为技术有限公司's code, and two made-up valid ones. */
  private static final String HUAWEI = "914403001922038216";

  private static final String LITAI =
      UnifiedSocialCreditCode.withCheckCharacter("91440300MA5FLTA12");
  private static final String LITAI_GUANGZHOU =
      UnifiedSocialCreditCode.withCheckCharacter("91440101MA9UBR001");

  private final ConflictMatcher cut = new ConflictMatcher(0);

  @Nested
  class Codes {

    @Test
    void theSameValidCodeIsTheSameCompanyWhateverTheNames() {
      var match = score(named("华为技术有限公司").withUscc(HUAWEI), named("深圳某某贸易商行").withUscc(HUAWEI));

      assertThat(match.score()).isGreaterThanOrEqualTo(0.99);
      assertThat(match.reasons().get(0).code()).isEqualTo(USCC_EQUAL);
      assertThat(match.reasons().get(0).params()).containsEntry("uscc", HUAWEI);
    }

    @Test
    void differentValidCodesAreDifferentCompaniesEvenWithEqualNamesAndPhones() {
      var match =
          score(
              named("深圳利泰机电有限公司").withUscc(LITAI).withPhone("0755-82254848"),
              named("深圳利泰机电有限公司").withUscc(HUAWEI).withPhone("0755-82254848"));

      assertThat(match.score()).isLessThanOrEqualTo(0.2);
      assertThat(match.reasons().get(0).code()).isEqualTo(USCC_DIFFERENT);
      assertThat(match.hasReason(TRADE_NAME_EQUAL)).isTrue();
    }

    @Test
    void anInvalidCodeIsNoEvidenceAtAll() {
      String typo = LITAI.substring(0, 17) + (LITAI.endsWith("0") ? "1" : "0");
      var withoutCodes = score(named("深圳利泰机电有限公司"), named("利泰（深圳）机电有限公司"));

      var match = score(named("深圳利泰机电有限公司").withUscc(HUAWEI), named("利泰（深圳）机电有限公司").withUscc(typo));

      assertThat(UnifiedSocialCreditCode.isValid(typo)).isFalse();
      assertThat(match.score()).isEqualTo(withoutCodes.score());
      assertThat(match.hasReason(USCC_INVALID)).isTrue();
      assertThat(match.hasReason(USCC_DIFFERENT)).isFalse();
    }

    @Test
    void aBranchHasACodeOfItsOwnAndIsStillItsCompany() {
      var match =
          score(
              named("深圳利泰机电有限公司广州分公司").withUscc(LITAI_GUANGZHOU),
              named("深圳利泰机电有限公司").withUscc(LITAI));

      assertThat(match.score()).isGreaterThanOrEqualTo(LIKELY);
      assertThat(match.hasReason(USCC_OF_BRANCH)).isTrue();
      assertThat(match.hasReason(USCC_DIFFERENT)).isFalse();
    }
  }

  @Nested
  class Names {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "利泰（深圳）机电有限公司",
          "深圳市利泰机电有限公司",
          "深圳利泰機電有限公司",
          "广东省深圳市利泰机电股份有限公司",
          "深圳 利泰 机电 有限公司"
        })
    void spellingsOfOneCompanyAreLikelyTheSame(String spelling) {
      var match = score(named("深圳利泰机电有限公司"), named(spelling));

      assertThat(match.score()).isGreaterThanOrEqualTo(LIKELY);
      assertThat(codes(match)).startsWith(TRADE_NAME_EQUAL, INDUSTRY_WORDS_EQUAL, SAME_CITY);
    }

    @Test
    void theScoreIsTheDocumentedArithmetic() {
      var match = score(named("深圳利泰机电有限公司"), named("利泰（深圳）机电有限公司"));

      assertThat(match.score()).isCloseTo(1 - 0.4 * 0.4 * 0.8, within(1e-9));
    }

    @Test
    void fullWidthLatinIsHalfWidthLatin() {
      var match = score(named("深圳ＬＩＴＡＩ机电有限公司"), named("深圳Litai机电有限公司"));

      assertThat(match.score()).isGreaterThanOrEqualTo(LIKELY);
      assertThat(match.reasons().get(0).params()).containsEntry("tradeName", "litai");
    }

    @Test
    void englishAndChineseMeetInPinyin() {
      var match = score(named("Litai Electromechanical Co., Ltd."), named("深圳利泰机电有限公司"));

      assertThat(match.score()).isGreaterThanOrEqualTo(REVIEW);
      assertThat(codes(match)).containsExactlyInAnyOrder(INDUSTRY_WORDS_EQUAL, PINYIN_EQUAL);
      assertThat(reason(match, PINYIN_EQUAL).params())
          .containsEntry("probe", "litai")
          .containsEntry("candidate", "利泰")
          .containsEntry("pinyin", "litai");
    }

    @Test
    void huaweiInBothLanguages() {
      var match = score(named("Huawei Technologies Co., Ltd."), named("华为技术有限公司"));

      assertThat(match.score()).isGreaterThanOrEqualTo(REVIEW);
      assertThat(match.hasReason(INDUSTRY_WORDS_EQUAL)).isTrue();
    }

    @Test
    void sameTradeNameOtherIndustryWordIsSimilarButNotCertain() {
      var sameIndustry = score(named("深圳利泰机电有限公司"), named("深圳市利泰机电有限公司"));
      var otherIndustry = score(named("深圳市利泰科技有限公司"), named("深圳利泰机电有限公司"));

      assertThat(otherIndustry.score()).isBetween(REVIEW, LIKELY).isLessThan(sameIndustry.score());
      assertThat(otherIndustry.hasReason(INDUSTRY_WORDS_DIFFERENT)).isTrue();
      assertThat(reason(otherIndustry, TRADE_NAME_EQUAL).describe())
          .isEqualTo("trade name 利泰 equal after removing 深圳市, 科技, 有限公司, 深圳, 机电");
    }

    @Test
    void membersOfAGroupWithTheirOwnNamesAreDifferentCompanies() {
      var siblings = score(named("华为技术有限公司"), named("华为终端有限公司"));

      assertThat(siblings.score()).isLessThan(ConflictMatcher.DEFAULT_MINIMUM);
      assertThat(codes(siblings)).containsExactly(TRADE_NAME_EXTENDED);
      assertThat(new ConflictMatcher().compare(named("华为技术有限公司"), candidate(named("华为终端有限公司"))))
          .isEmpty();
    }

    @Test
    void aGroupAndACompanyOfItsNameInAnotherIndustryAreDifferentCustomers() {
      var match = score(named("高朋集团").withLocation(null, "北京"), named("北京高朋物流有限公司"));

      assertThat(match.score()).isLessThan(REVIEW);
      assertThat(match.hasReason(GROUP_AND_MEMBER)).isTrue();
    }

    @Test
    void aGroupRenamedFromItsCompanyIsTheSame() {
      var match = score(named("深圳利泰机电集团有限公司"), named("深圳利泰机电有限公司"));

      assertThat(match.score()).isGreaterThanOrEqualTo(LIKELY);
      assertThat(match.hasReason(GROUP_AND_MEMBER)).isFalse();
    }

    @Test
    void theSameTradeNameInAnotherCityIsUsuallyAnotherCompany() {
      var match = score(named("北京利泰机电有限公司"), named("深圳利泰机电有限公司"));

      assertThat(match.score()).isLessThan(REVIEW);
      assertThat(reason(match, OTHER_CITY).params())
          .containsEntry("probe", "北京")
          .containsEntry("candidate", "深圳");
    }

    @Test
    void unlessOtherEvidenceSaysItIsOne() {
      var match =
          score(
              named("北京利泰机电有限公司").withWebsite("www.litai.com.cn"),
              named("深圳利泰机电有限公司").withEmail("sales@litai.com.cn"));

      assertThat(match.score()).isGreaterThanOrEqualTo(LIKELY);
      assertThat(codes(match)).startsWith(DOMAIN_EQUAL).contains(OTHER_CITY);
    }

    @Test
    void theCityFieldCountsLikeARegionInTheName() {
      var match = score(named("利泰机电有限公司").withLocation("广东省", "深圳市"), named("深圳利泰机电有限公司"));

      assertThat(reason(match, SAME_CITY).params()).containsEntry("city", "深圳");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Shenzhen City", "Guangdong Shenzhen", "Nanshan District, Shenzhen"})
    void anEnglishCityFieldWithMoreWordsIsStillTheCity(String field) {
      var match =
          score(named("Litai Electromechanical").withLocation(null, field), named("深圳利泰机电有限公司"));

      assertThat(reason(match, SAME_CITY).params()).containsEntry("city", "深圳");
    }

    @Test
    void foreignCitiesCompareAsChineseOnesDo() {
      var munich = named("Kistler Instrumente GmbH").withLocation(null, "München");
      var berlin = named("Kistler Instrumente GmbH").withLocation(null, "Berlin");

      assertThat(score(munich, berlin).score()).isLessThan(REVIEW);
      assertThat(reason(score(munich, berlin), OTHER_CITY).params())
          .containsEntry("probe", "münchen")
          .containsEntry("candidate", "berlin");
      assertThat(
              reason(
                  score(munich, named("Kistler Instrumente").withLocation(null, "MÜNCHEN")),
                  SAME_CITY))
          .isNotNull();
    }

    @Test
    void aForeignAndAChineseCityAreNotCompared() {
      var match =
          score(
              named("Litai Electromechanical").withLocation(null, "Hi-Tech Park"),
              named("深圳利泰机电有限公司").withLocation(null, "深圳"));

      assertThat(codes(match)).doesNotContain(OTHER_CITY, SAME_CITY);
    }

    @Test
    void theTwoShenzhenLitaiMasterRecordsOfTheExampleDataAreTwoCustomers() {
      var manufacturing = named("深圳利泰").withIndustry("生产加工制造", "仪器仪表及工业").withPhone("075987823437");
      var internet = named("深圳利泰").withIndustry("IT信息技术", "互联网 / 通信设备网络");

      var match = score(internet, manufacturing);

      assertThat(match.score()).isLessThan(REVIEW);
      assertThat(reason(match, OTHER_INDUSTRY).params()).containsEntry("level", "1");
    }

    @Test
    void aRegistrationOfTheSameIndustryIsReviewed() {
      var manufacturing = named("深圳利泰").withIndustry("生产加工制造", "仪器仪表及工业");

      var match = score(named("深圳市利泰").withIndustry("生产加工制造", "仪器仪表及工业"), manufacturing);

      assertThat(match.score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void anotherSecondLevelIndustryDiscountsLess() {
      var first = score(named("深圳利泰").withIndustry("a", "x"), named("深圳利泰").withIndustry("b", "x"));
      var second =
          score(named("深圳利泰").withIndustry("a", "x"), named("深圳利泰").withIndustry("a", "y"));

      assertThat(second.score()).isGreaterThan(first.score());
      assertThat(reason(second, OTHER_INDUSTRY).params()).containsEntry("level", "2");
    }
  }

  @Nested
  class Typos {

    @Test
    void aHomophoneFromThePinyinInputMethod() {
      var match = score(named("深圳亿和源"), named("深圳市亿合源有限公司"));

      assertThat(match.score()).isGreaterThanOrEqualTo(REVIEW);
      assertThat(reason(match, TRADE_NAME_HOMOPHONE).params()).containsEntry("pinyin", "yiheyuan");
    }

    @Test
    void oneCharacterOffInAThreeCharacterTradeName() {
      var match = score(named("深圳亿和源机电有限公司"), named("深圳亿利源机电有限公司"));

      assertThat(match.score()).isGreaterThanOrEqualTo(REVIEW);
      assertThat(reason(match, TRADE_NAME_SIMILAR).params()).containsEntry("distance", "1");
    }

    @Test
    void oneCharacterOffInATwoCharacterTradeNameIsAnotherName() {
      assertThat(cut.compare(named("深圳利泰机电有限公司"), candidate(named("深圳利华机电有限公司")))).isEmpty();
    }

    @Test
    void aLetterOffInAnEnglishName() {
      var match =
          score(
              named("Lital Electromechanical Co., Ltd."),
              named("Litai Electromechanical Co., Ltd."));

      assertThat(match.score()).isGreaterThanOrEqualTo(REVIEW);
      assertThat(match.hasReason(TRADE_NAME_SIMILAR)).isTrue();
    }

    @Test
    void aLetterOffBetweenEnglishAndThePinyinOfChinese() {
      var match = score(named("Lytai Electromechanical"), named("深圳利泰机电有限公司"));

      assertThat(match.score()).isGreaterThanOrEqualTo(REVIEW);
      assertThat(reason(match, PINYIN_SIMILAR).params()).containsEntry("distance", "1");
    }

    @Test
    void aTypoInALongNameWeighsNearlyAsMuchAsTheEqualName() {
      var typo = score(named("Koninklike Philips N.V."), named("KONINKLIJKE PHILIPS N. V."));
      var shortTypo = score(named("Lital Co., Ltd."), named("Litai Co., Ltd."));

      assertThat(typo.score()).isGreaterThanOrEqualTo(REVIEW).isGreaterThan(shortTypo.score());
      assertThat(reason(typo, TRADE_NAME_SIMILAR).weight()).isEqualTo(Evidence.LONG_NAME_SIMILAR);
      assertThat(shortTypo.score()).isLessThan(REVIEW);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
      "El Valor Little Tykes I, El Valor Little Tykes II",
      "Firman Community House East, Firman Community House West",
      "Litai Electromechanical Store 3, Litai Electromechanical Store 5",
      "深圳利泰机电一号店3, 深圳利泰机电一号店5"
    })
    void numbersRomanNumeralsAndCompassPointsAreNoTypos(String a, String b) {
      var match = cut.compare(named(a), candidate(named(b)));

      assertThat(match.map(Match::score).orElse(0.0)).isLessThan(REVIEW);
      assertThat(match.filter(m -> m.hasReason(TRADE_NAME_SIMILAR))).isEmpty();
    }

    @Test
    void tooManyLettersOffIsAnotherName() {
      assertThat(
              cut.compare(
                  named("Lotus Electromechanical"), candidate(named("Litai Electromechanical"))))
          .isEmpty();
    }
  }

  @Nested
  class Branches {

    @Test
    void aBranchInAnotherCityIsItsCompany() {
      var match =
          score(
              named("深圳利泰机电有限公司广州分公司").withLocation("广东", "广州"),
              named("深圳利泰机电有限公司").withLocation("广东", "深圳"));

      assertThat(match.score()).isGreaterThanOrEqualTo(LIKELY);
      assertThat(codes(match)).contains(BRANCH_OF).doesNotContain(OTHER_CITY);
      assertThat(reason(match, BRANCH_OF).params())
          .containsEntry("branch", "深圳利泰机电有限公司广州分公司")
          .containsEntry("company", "深圳利泰机电有限公司");
    }

    @Test
    void twoBranchesOfOneCompany() {
      var match = score(named("深圳利泰机电有限公司广州分公司"), named("深圳利泰机电有限公司北京分公司"));

      assertThat(match.score()).isGreaterThanOrEqualTo(LIKELY);
      assertThat(codes(match)).contains(BRANCHES_OF_ONE_COMPANY).doesNotContain(OTHER_CITY);
    }

    @Test
    void aBranchOfAnotherCompanyOfTheSameTradeName() {
      var match = score(named("深圳利泰机电有限公司广州分公司"), named("深圳利泰科技有限公司"));

      assertThat(match.score()).isLessThan(LIKELY);
      assertThat(match.hasReason(BRANCH_OF)).isFalse();
    }

    @Test
    void englishBranch() {
      var match =
          score(
              named("Shenzhen Litai Electromechanical Co., Ltd. Guangzhou Branch"),
              named("深圳利泰机电有限公司"));

      assertThat(match.hasReason(BRANCH_OF)).isTrue();
      assertThat(match.score()).isGreaterThanOrEqualTo(LIKELY);
    }
  }

  @Nested
  class Contacts {

    @Test
    void onePhoneWrittenTwoWays() {
      var match =
          score(
              named("利泰").withPhone("+86 755 8225 4848"),
              named("深圳市立达贸易有限公司").withPhone("0755-82254848"));

      assertThat(match.score()).isGreaterThanOrEqualTo(REVIEW);
      assertThat(reason(match, PHONE_EQUAL).params()).containsEntry("phone", "075582254848");
    }

    @Test
    void gaopengsBeijingNumber() {
      var match =
          score(
              named("高朋集团").withPhone("010-82254848"), named("北京高朋").withPhone("+86 10 8225 4848"));

      assertThat(match.score()).isGreaterThanOrEqualTo(LIKELY);
    }

    @Test
    void websiteAndEmailOfOneDomain() {
      var match =
          score(
              named("深圳利泰机电").withWebsite("http://www.litai.com.cn/"),
              named("利泰").withEmail("wang@mail.litai.com.cn"));

      assertThat(reason(match, DOMAIN_EQUAL).params()).containsEntry("domain", "litai.com.cn");
      assertThat(match.score()).isGreaterThanOrEqualTo(LIKELY);
    }

    @Test
    void freeMailIsNoEvidenceEvenWhenEqual() {
      var benbanglin = named("贵州本邦林").withEmail("15954507779@qq.com");

      assertThat(cut.compare(benbanglin, candidate(named("贵州黔南木业").withEmail("88888@qq.com"))))
          .isEmpty();
      assertThat(cut.compare(benbanglin, candidate(named("深圳利泰").withEmail("15954507779@qq.com"))))
          .isEmpty();
    }

    @Test
    void freeMailIsShownAsNoEvidenceBesideOtherEvidence() {
      var withMail =
          score(
              named("贵州本邦林").withEmail("15954507779@qq.com"),
              named("本邦林").withEmail("benbanglin@qq.com"));
      var without = score(named("贵州本邦林"), named("本邦林"));

      assertThat(withMail.score()).isEqualTo(without.score());
      assertThat(reason(withMail, DOMAIN_NO_EVIDENCE).params())
          .containsEntry("domain", "qq.com")
          .containsEntry("why", "free mail");
    }

    @Test
    void theSameMobileIsEvidence() {
      var match =
          score(
              named("贵州本邦林").withPhone("15954507779"),
              named("本邦林木业").withPhone("+86 159 5450 7779"));

      assertThat(match.hasReason(PHONE_EQUAL)).isTrue();
      assertThat(match.score()).isGreaterThanOrEqualTo(LIKELY);
    }

    @Test
    void aShopOnAPlatformIsNoEvidence() {
      assertThat(
              cut.compare(
                  named("深圳亿和源").withWebsite("https://shop1.1688.com"),
                  candidate(named("东莞华南五金").withWebsite("https://shop2.1688.com"))))
          .isEmpty();
    }
  }

  @Nested
  class Reasons {

    @Test
    void strongestFirstDiscountsAfterInformationLast() {
      var match =
          score(
              named("北京利泰机电有限公司").withPhone("010-82254848").withEmail("a@qq.com"),
              named("深圳利泰机电有限公司").withPhone("01082254848").withEmail("b@qq.com"));

      assertThat(codes(match))
          .containsExactly(
              PHONE_EQUAL, TRADE_NAME_EQUAL, INDUSTRY_WORDS_EQUAL, OTHER_CITY, DOMAIN_NO_EVIDENCE);
    }

    @Test
    void theExampleOfTheIssue() {
      var match = score(named("深圳市利泰有限公司"), named("利泰有限公司"));

      assertThat(match.reasons().get(0).describe())
          .isEqualTo("trade name 利泰 equal after removing 深圳市, 有限公司");
    }

    @Test
    void weightsAreTheDocumentedOnes() {
      var match = score(named("北京利泰机电有限公司"), named("深圳利泰机电有限公司"));

      assertThat(match.reasons())
          .extracting(MatchReason::code, MatchReason::weight)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(TRADE_NAME_EQUAL, 0.6),
              org.assertj.core.groups.Tuple.tuple(INDUSTRY_WORDS_EQUAL, 0.6),
              org.assertj.core.groups.Tuple.tuple(OTHER_CITY, 0.5));
      assertThat(match.score()).isCloseTo((1 - 0.4 * 0.4) * 0.5, within(1e-9));
    }

    @Test
    void nothingInCommonIsNoMatch() {
      assertThat(cut.compare(named("深圳利泰机电有限公司"), candidate(named("贵州本邦林")))).isEmpty();
    }

    @Test
    void aSharedCityAloneIsNoMatch() {
      assertThat(cut.compare(named("深圳利泰机电有限公司"), candidate(named("深圳亿和源科技有限公司")))).isEmpty();
    }

    @Test
    void weakMatchesBelowTheMinimumAreLeftOut() {
      var matcher = new ConflictMatcher(REVIEW);

      assertThat(matcher.compare(named("北京利泰机电有限公司"), candidate(named("深圳利泰机电有限公司")))).isEmpty();
      assertThat(matcher.compare(named("深圳利泰机电有限公司"), candidate(named("深圳市利泰机电有限公司")))).isPresent();
    }
  }

  private Match score(MatchSubject probe, MatchSubject candidate) {
    Optional<Match> match = cut.compare(probe, candidate(candidate));
    assertThat(match).as("%s vs %s", probe.name(), candidate.name()).isPresent();
    return match.get();
  }

  private static Candidate candidate(MatchSubject subject) {
    return new Candidate("c1", CandidateKind.REGISTRATION, subject);
  }

  private static MatchSubject named(String name) {
    return MatchSubject.named(name);
  }

  private static List<Code> codes(Match match) {
    return match.reasons().stream().map(MatchReason::code).toList();
  }

  private static MatchReason reason(Match match, Code code) {
    return match.reasons().stream()
        .filter(reason -> reason.code() == code)
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + codes(match)));
  }
}
