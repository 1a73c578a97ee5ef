package com.channelportal.isolation;

import jakarta.json.Json;
import jakarta.json.JsonException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The two demo distributors of the partners realm and what gives their data away: if one of these
 * strings shows up in an answer to someone who may not see the tenant, the tenant has leaked.
 */
enum Tenant {
  LITAI("litai", "深圳利泰机电有限公司", "litai.example", "litai.admin", "litai.user"),
  HUANAN("huanan", "华南电气有限公司", "huanan-electric.example", "huanan.admin", "huanan.user");

  private final String alias;
  private final List<String> sentinels;
  private final Pattern aliasAsWord;

  Tenant(String alias, String companyName, String emailDomain, String... usernames) {
    this.alias = alias;
    var all = new ArrayList<String>(List.of(companyName, emailDomain));
    all.addAll(List.of(usernames));
    this.sentinels = List.copyOf(all);
    this.aliasAsWord = Pattern.compile("(?<![\\w-])" + Pattern.quote(alias) + "(?![\\w-])");
  }

  String alias() {
    return alias;
  }

  /**
   * The sentinels of this tenant found in a response body. JSON is parsed and written again first,
   * so that escaped characters (a company name as {@code \u6df1...}) are found too; the alias
   * counts there only as a JSON string of its own ({@code "litai"}), in text as a word.
   */
  List<String> leaksIn(String body, boolean json) {
    var text = json ? normalizedJson(body) : body;
    var found = new ArrayList<String>();
    sentinels.stream().filter(text::contains).forEach(found::add);
    if (json ? text.contains('"' + alias + '"') : aliasAsWord.matcher(text).find()) {
      found.add(alias);
    }
    return found;
  }

  private static String normalizedJson(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readValue().toString();
    } catch (JsonException e) {
      return body;
    }
  }
}
