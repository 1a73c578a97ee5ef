package com.channelportal.matching.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.matching.control.Region.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionsTest {

  private final Regions regions = Regions.china();

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "北京", "天津", "上海", "重庆", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
        "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南", "西藏", "陕西", "甘肃",
        "青海", "宁夏", "新疆", "台湾", "香港", "澳门"
      })
  void everyProvincialLevelDivision(String name) {
    var region = regions.named(name).orElseThrow();

    assertThat(region.level()).isEqualTo(Level.PROVINCE);
    assertThat(region.province()).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "深圳, 深圳, 广东",
    "深圳市, 深圳, 广东",
    "Shenzhen, 深圳, 广东",
    "SHENZHEN, 深圳, 广东",
    "廣州, 广州, 广东",
    "Guangzhou, 广州, 广东",
    "Canton, 广州, 广东",
    "北京市, 北京, 北京",
    "Beijing, 北京, 北京",
    "Hong Kong, 香港, 香港",
    "长沙市, 长沙, 湖南",
    "Changsha, 长沙, 湖南",
    "Xiamen, 厦门, 福建",
    "Xi'an, 西安, 陕西",
    "湛江, 湛江, 广东",
    "昆山市, 苏州, 江苏",
    "延边朝鲜族自治州, 延边, 吉林"
  })
  void cityFieldsInChineseAndEnglish(String field, String city, String province) {
    var region = regions.named(field).orElseThrow();

    assertThat(region.city()).isEqualTo(city);
    assertThat(region.province()).isEqualTo(province);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"广东省深圳市, 深圳", "广东省 深圳市 南山区, 深圳", "深圳市南山区, 深圳", "中国-深圳, 深圳", "江苏昆山, 苏州"})
  void fieldsNamingSeveralLevels(String field, String city) {
    assertThat(regions.named(field).orElseThrow().city()).isEqualTo(city);
  }

  @Test
  void aFieldWithMoreThanRegionsIsNoRegion() {
    assertThat(regions.named("深圳市利泰")).isEmpty();
    assertThat(regions.named("亚洲-日本")).isEmpty();
  }

  @Test
  void provincesOfTheSameSoundAreTold() {
    assertThat(regions.named("Shaanxi").orElseThrow().name()).isEqualTo("陕西");
    assertThat(regions.named("Shanxi").orElseThrow().name()).isEqualTo("山西");
  }

  @Test
  void districtsAreNotLookedUpAlone() {
    assertThat(regions.named("南山区")).isEmpty();
    assertThat(regions.named("南山")).isEmpty();
  }

  @Test
  void longestFormAtTheStart() {
    var found = regions.at("深圳市利泰", 0, null).orElseThrow();

    assertThat(found.form()).isEqualTo("深圳市");
    assertThat(found.region().name()).isEqualTo("深圳");
  }

  @Test
  void districtOnlyAfterItsCity() {
    var shenzhen = regions.named("深圳").orElseThrow();

    assertThat(regions.at("南山区利泰", 0, null)).isEmpty();
    assertThat(regions.at("南山区利泰", 0, shenzhen).orElseThrow().region().city()).isEqualTo("深圳");
    assertThat(regions.at("南山区利泰", 0, regions.named("北京").orElseThrow())).isEmpty();
  }

  @Test
  void atTheEnd() {
    assertThat(regions.atEnd("深圳利泰机电有限公司广州").orElseThrow().form()).isEqualTo("广州");
    assertThat(regions.atEnd("深圳利泰机电有限公司")).isEmpty();
  }

  @Test
  void unknownPlaces() {
    assertThat(regions.named("Atlantis")).isEmpty();
    assertThat(regions.named("")).isEmpty();
    assertThat(regions.named(null)).isEmpty();
  }
}
