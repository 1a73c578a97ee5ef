package com.channelportal.registration.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggestions for the two industry levels, as the brand's master data writes them (生产加工制造 /
 * 仪器仪表及工业). They are data, kept in Chinese in both languages like the customer names, and only
 * suggestions: the fields take any other value, since the domain keeps industries as text.
 */
final class Industries {

  static final Map<String, List<String>> SUGGESTED = suggestions();

  private Industries() {}

  static List<String> firstLevel() {
    return List.copyOf(SUGGESTED.keySet());
  }

  static List<String> secondLevel(String industry) {
    return industry == null ? List.of() : SUGGESTED.getOrDefault(industry, List.of());
  }

  private static Map<String, List<String>> suggestions() {
    var map = new LinkedHashMap<String, List<String>>();
    map.put("生产加工制造", List.of("大型设备制造", "仪器仪表及工业", "机械设备", "电气设备", "汽车及零部件"));
    map.put("IT信息技术/互联网", List.of("通信设备网络", "软件与信息服务", "互联网", "电子元器件"));
    map.put("能源化工", List.of("电力", "石油化工", "新能源"));
    map.put("建筑房地产", List.of("建筑工程", "房地产开发"));
    map.put("交通物流", List.of("物流仓储", "轨道交通"));
    map.put("医疗健康", List.of("医疗器械", "医院"));
    map.put("教育科研", List.of("高校", "科研院所"));
    map.put("政府公共事业", List.of("政府机关", "水务"));
    map.put("金融", List.of("银行", "保险"));
    map.put("批发零售", List.of("批发", "零售"));
    map.put("农业食品", List.of("农业", "食品饮料"));
    return map;
  }
}
