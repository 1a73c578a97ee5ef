package com.channelportal.bench;

import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.matching.control.CompanyName;
import com.channelportal.partner.control.UnifiedSocialCreditCode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Made-up but realistic customer records for the database benchmark, in the manner of the domain's
 * {@code SyntheticCompanies} but with every column the customer table has and a pool large enough
 * for a million records: trade names of two to four characters drawn from 214 that Chinese trade
 * names really use (so namesakes occur, more often for the short ones), 40 cities with their
 * provinces and area codes, industry words, legal forms, a few branches, a valid USCC for a third,
 * company domains or free mail, mobiles, and a few switchboards shared by many records.
 *
 * <p>The same seed gives the same records, so runs are comparable.
 */
final class SyntheticCustomers {

  private static final String CHARACTERS =
      "利泰华南亿和源高朋本邦林东方明达信诚通中科金宏盛天瑞恒丰德新安康顺创伟业嘉辰星宇海洋光电"
          + "博远鸿运兴旺大正元富汇鑫隆凯美佳龙腾飞跃长青云峰夏振立成卓越万维鼎力聚宝智晨曦睿精工"
          + "铭扬永联展航世纪润泽祥志诺丁山水合众同心宁静致四八九州五洲国泰民乐福禄寿喜财广发百川"
          + "融汇通利达鹏程锦绣前程和谐友谊春秋汉唐宋明清华蓝天白云红星金马银河北斗辉煌灿烂浩然正气"
          + "诚信厚德载物自强不息开拓进取求实创新协力共赢卓尔群英杰俊豪雄伟岳松柏竹梅兰菊荷莲桂"
          + "香玉翠碧珠宝晶莹彩霞虹霓旭日朝阳曙光黎明晓风月星辰宏图大展腾达顺利吉祥如意安康泰和";

  /** City, province, area code. */
  private static final String[][] CITIES = {
    {"深圳", "广东省", "0755"}, {"广州", "广东省", "020"}, {"东莞", "广东省", "0769"},
    {"佛山", "广东省", "0757"}, {"珠海", "广东省", "0756"}, {"惠州", "广东省", "0752"},
    {"中山", "广东省", "0760"}, {"汕头", "广东省", "0754"}, {"北京", "北京市", "010"},
    {"上海", "上海市", "021"}, {"天津", "天津市", "022"}, {"重庆", "重庆市", "023"},
    {"杭州", "浙江省", "0571"}, {"宁波", "浙江省", "0574"}, {"温州", "浙江省", "0577"},
    {"苏州", "江苏省", "0512"}, {"南京", "江苏省", "025"}, {"无锡", "江苏省", "0510"},
    {"常州", "江苏省", "0519"}, {"武汉", "湖北省", "027"}, {"成都", "四川省", "028"},
    {"西安", "陕西省", "029"}, {"长沙", "湖南省", "0731"}, {"郑州", "河南省", "0371"},
    {"青岛", "山东省", "0532"}, {"济南", "山东省", "0531"}, {"厦门", "福建省", "0592"},
    {"福州", "福建省", "0591"}, {"贵阳", "贵州省", "0851"}, {"昆明", "云南省", "0871"},
    {"合肥", "安徽省", "0551"}, {"南昌", "江西省", "0791"}, {"沈阳", "辽宁省", "024"},
    {"大连", "辽宁省", "0411"}, {"哈尔滨", "黑龙江省", "0451"}, {"石家庄", "河北省", "0311"},
    {"太原", "山西省", "0351"}, {"南宁", "广西壮族自治区", "0771"}, {"海口", "海南省", "0898"},
    {"兰州", "甘肃省", "0931"}
  };

  private static final String[] NAME_INDUSTRIES = {
    "机电", "科技", "电子", "贸易", "实业", "电气", "机械", "设备", "自动化", "五金", "物流", "化工", "建材", "医疗器械", "信息技术",
    "网络科技", "环保科技", "新能源", "食品", "纺织", "包装", "精密", "模具", "汽车配件", "光电", "智能科技", "仪器仪表", "制冷设备", "塑胶",
    "钢结构"
  };

  /** First-level industry with its second-level ones, as the customer form offers them. */
  private static final String[][] SECTORS = {
    {"生产加工制造", "大型设备制造", "仪器仪表及工业", "汽车零部件", "电子元器件"},
    {"IT信息技术/互联网", "通信设备网络", "软件服务", "数据中心"},
    {"批发零售", "工业品分销", "电子商务"},
    {"建筑工程", "工程施工", "建筑设计"},
    {"能源化工", "石油化工", "新能源发电"},
    {"医疗卫生", "医院", "医疗器械"},
    {"交通物流", "仓储物流", "轨道交通"}
  };

  private static final String[] LEGAL_FORMS = {
    "有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司", "集团有限公司"
  };
  private static final String[] FREE_MAIL = {
    "qq.com", "qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com", "outlook.com"
  };
  private static final String[] TLDS = {".com", ".com.cn", ".cn", ".net"};
  private static final String[] STREETS = {"人民路", "中山路", "解放路", "科技园路", "工业大道", "建设路", "滨海大道"};

  private final Random random;
  private final Set<String> usccs = new HashSet<>();
  private final Map<String, String> pinyin = new HashMap<>();
  private final String[] switchboards;

  SyntheticCustomers(long seed) {
    this.random = new Random(seed);
    switchboards = new String[20];
    for (int i = 0; i < switchboards.length; i++) {
      switchboards[i] = city()[2] + "-" + digits(8);
    }
  }

  /** A company as the brand's master data describes it. */
  CustomerForm company() {
    String[] city = city();
    String tradeName = tradeName();
    String industry = pick(NAME_INDUSTRIES);
    String name = spelling(city[0], tradeName, industry, pick(LEGAL_FORMS));
    if (random.nextInt(50) == 0) {
      name += city()[0] + "分公司";
    }
    String[] sector = pick(SECTORS);
    String domain =
        random.nextInt(10) < 5
            ? pinyinOf(tradeName)
                + (random.nextBoolean() ? "" : String.valueOf(random.nextInt(1000)))
                + pick(TLDS)
            : null;
    String email;
    int mail = random.nextInt(10);
    if (mail < 4 && domain != null) {
      email = pick(new String[] {"sales", "info", "service", "hr"}) + "@" + domain;
    } else if (mail < 8) {
      email = digits(9) + "@" + pick(FREE_MAIL);
    } else {
      email = null;
    }
    String phone = phone(city);
    String fax = random.nextInt(10) < 3 ? city[2] + "-" + digits(8) : null;
    return new CustomerForm(
        name,
        random.nextInt(10) < 3 ? uscc() : null,
        sector[0],
        sector[1 + random.nextInt(sector.length - 1)],
        phone,
        fax,
        email,
        domain == null ? null : "www." + domain,
        city[1],
        city[0],
        city[0] + "市" + pick(STREETS) + (1 + random.nextInt(999)) + "号",
        null);
  }

  /**
   * The same company as a partner would type it: another spelling of the name, sometimes the code,
   * usually the phone, rarely the website.
   */
  CustomerForm respelled(CustomerForm company) {
    var name = CompanyName.parse(company.name());
    String industry = name.industryWords().isEmpty() ? "" : name.industryWords().get(0);
    return new CustomerForm(
        spelling(company.city(), name.tradeName(), industry, "有限公司"),
        random.nextInt(3) == 0 ? company.uscc() : null,
        company.industry(),
        company.subIndustry(),
        random.nextInt(4) == 0 ? null : company.phone(),
        null,
        null,
        random.nextInt(4) == 0 ? company.website() : null,
        company.province(),
        company.city(),
        null,
        null);
  }

  private String phone(String[] city) {
    int kind = random.nextInt(100);
    if (kind == 0) {
      return pick(switchboards);
    }
    if (kind < 20) {
      return "1" + (3 + random.nextInt(7)) + digits(9);
    }
    var phone = city[2] + "-" + digits(8);
    return kind < 30 ? "+86 " + phone.substring(1).replace('-', ' ') : phone;
  }

  private String spelling(String city, String tradeName, String industry, String legalForm) {
    switch (random.nextInt(3)) {
      case 0:
        return city + tradeName + industry + legalForm;
      case 1:
        return city + "市" + tradeName + industry + legalForm;
      default:
        return tradeName + "（" + city + "）" + industry + legalForm;
    }
  }

  private String tradeName() {
    int roll = random.nextInt(100);
    int length = roll < 55 ? 2 : roll < 93 ? 3 : 4;
    var name = new StringBuilder();
    for (int i = 0; i < length; i++) {
      name.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
    }
    return name.toString();
  }

  private String pinyinOf(String tradeName) {
    return pinyin.computeIfAbsent(tradeName, t -> CompanyName.parse(t).pinyin());
  }

  /** A valid code not given before by this generator. */
  String uscc() {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    while (true) {
      var code = new StringBuilder("9144");
      code.append(String.format("%04d", random.nextInt(10_000)));
      for (int i = 0; i < 9; i++) {
        code.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String uscc = UnifiedSocialCreditCode.withCheckCharacter(code.toString());
      if (usccs.add(uscc)) {
        return uscc;
      }
    }
  }

  private String[] city() {
    return CITIES[random.nextInt(CITIES.length)];
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private String digits(int count) {
    var digits = new StringBuilder();
    digits.append(1 + random.nextInt(9));
    for (int i = 1; i < count; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }
}
