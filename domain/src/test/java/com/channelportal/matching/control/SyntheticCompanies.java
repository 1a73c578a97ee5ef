package com.channelportal.matching.control;

import com.channelportal.matching.entity.Candidate;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.matching.entity.MatchSubject;
import com.channelportal.partner.control.UnifiedSocialCreditCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up but realistic company records for the index tests and the benchmark: trade names of two
 * or three common name characters (so namesakes occur, as they do in real data), cities with their
 * area codes, industry words, legal forms, the spellings people use, some valid codes, company
 * domains and free mail, and a few switchboards shared by many records.
 */
final class SyntheticCompanies {

  private static final String CHARACTERS =
      "利泰华南亿和源高朋本邦林东方明达信诚通中科金宏盛天瑞恒丰德新安泰康顺创伟业嘉辰星宇海洋光电"
          + "博远鸿运兴旺大通正元富汇鑫隆凯美佳龙腾飞跃长青云峰华夏振兴立成卓越万维鼎力聚宝汇智"
          + "晨曦华睿精工铭扬永联展航世纪润泽祥和志远诺丁山水合众同心宁静致远四方八达九州五洲";

  private static final String[][] CITIES = {
    {"深圳", "0755"}, {"广州", "020"}, {"北京", "010"}, {"上海", "021"}, {"东莞", "0769"},
    {"佛山", "0757"}, {"杭州", "0571"}, {"苏州", "0512"}, {"南京", "025"}, {"武汉", "027"},
    {"成都", "028"}, {"重庆", "023"}, {"天津", "022"}, {"西安", "029"}, {"长沙", "0731"},
    {"郑州", "0371"}, {"青岛", "0532"}, {"宁波", "0574"}, {"厦门", "0592"}, {"贵阳", "0851"}
  };

  private static final String[] INDUSTRIES = {
    "机电", "科技", "电子", "贸易", "实业", "电气", "机械", "设备", "自动化", "五金", "物流", "化工"
  };
  private static final String[] LEGAL_FORMS = {"有限公司", "有限公司", "有限责任公司", "股份有限公司"};
  private static final String[] SECTORS = {"生产加工制造", "IT信息技术", "批发零售", "建筑工程", "能源化工"};
  private static final String[] SWITCHBOARDS = {"0755-88886666", "020-66668888", "010-88889999"};

  private final Random random;

  SyntheticCompanies(long seed) {
    this.random = new Random(seed);
  }

  List<Candidate> candidates(int count) {
    var candidates = new ArrayList<Candidate>(count);
    for (int i = 0; i < count; i++) {
      CandidateKind kind = CandidateKind.values()[i % CandidateKind.values().length];
      candidates.add(new Candidate(String.valueOf(i), kind, company()));
    }
    return candidates;
  }

  MatchSubject company() {
    String[] city = CITIES[random.nextInt(CITIES.length)];
    String tradeName = tradeName();
    String industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
    String name = spelling(city[0], tradeName, industry, LEGAL_FORMS[random.nextInt(4)]);
    String phone =
        random.nextInt(100) == 0
            ? SWITCHBOARDS[random.nextInt(SWITCHBOARDS.length)]
            : city[1] + "-" + digits(8);
    String pinyin = Transliteration.pinyin(tradeName);
    String email =
        random.nextBoolean() ? "sales@" + pinyin + digits(3) + ".com.cn" : digits(9) + "@qq.com";
    String uscc =
        random.nextInt(10) < 3
            ? UnifiedSocialCreditCode.withCheckCharacter("91440300" + letters(9))
            : null;
    return MatchSubject.named(name)
        .withUscc(uscc)
        .withEmail(email)
        .withPhone(phone)
        .withIndustry(SECTORS[random.nextInt(SECTORS.length)], null);
  }

  /** Another record of the same company, as another partner would register it. */
  MatchSubject respelled(MatchSubject company) {
    CompanyName name = CompanyName.parse(company.name());
    String city = name.home().map(Region::name).orElse("深圳");
    String industry = name.industryWords().isEmpty() ? "" : name.industryWords().get(0);
    return MatchSubject.named(spelling(city, name.tradeName(), industry, "有限公司"))
        .withPhone(company.phone());
  }

  private String spelling(String city, String tradeName, String industry, String legalForm) {
    return switch (random.nextInt(3)) {
      case 0 -> city + tradeName + industry + legalForm;
      case 1 -> city + "市" + tradeName + industry + legalForm;
      default -> tradeName + "（" + city + "）" + industry + legalForm;
    };
  }

  private String tradeName() {
    int length = random.nextInt(10) < 7 ? 2 : 3;
    var name = new StringBuilder();
    for (int i = 0; i < length; i++) {
      name.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
    }
    return name.toString();
  }

  private String digits(int count) {
    var digits = new StringBuilder();
    digits.append(1 + random.nextInt(9));
    for (int i = 1; i < count; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }

  private String letters(int count) {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    var code = new StringBuilder();
    for (int i = 0; i < count; i++) {
      code.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return code.toString();
  }
}
