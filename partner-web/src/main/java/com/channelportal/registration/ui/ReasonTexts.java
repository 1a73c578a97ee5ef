package com.channelportal.registration.ui;

import com.channelportal.base.control.JsonSupport;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The matcher's reasons, as a conflict stores them ({@code [{"code", "weight", "params"}]}), in the
 * user's language. The texts name their parameters ({@code 统一社会信用代码 {uscc} 相同}) rather than number
 * them, because the matcher names them and may add one without changing the others' order; so they
 * are filled in here, not by MessageFormat.
 */
public final class ReasonTexts {

  private ReasonTexts() {}

  /** One text per reason, in the stored order (strongest first). */
  public static List<String> describe(String storedReasons, UnaryOperator<String> translate) {
    var texts = new ArrayList<String>();
    try (var reader = JsonSupport.PROVIDER.createReader(new StringReader(storedReasons))) {
      for (var reason : reader.readArray().getValuesAs(JsonObject.class)) {
        texts.add(describe(reason.getString("code"), params(reason), translate));
      }
    }
    return texts;
  }

  static String describe(String code, Map<String, String> params, UnaryOperator<String> translate) {
    var text = translate.apply("match.reason." + code);
    if (text.startsWith("!")) {
      return code + " " + params;
    }
    for (var param : params.entrySet()) {
      var value = param.getValue();
      if (RegistrationTexts.TRANSLATED_PARAMS.contains(param.getKey())) {
        var translated = translate.apply(RegistrationTexts.paramValueKey(param.getKey(), value));
        value = translated.startsWith("!") ? value : translated;
      }
      text = text.replace("{" + param.getKey() + "}", value);
    }
    return text;
  }

  private static Map<String, String> params(JsonObject reason) {
    var params = new LinkedHashMap<String, String>();
    var stored = reason.getJsonObject("params");
    if (stored != null) {
      stored.forEach(
          (name, value) ->
              params.put(
                  name,
                  value instanceof JsonString string ? string.getString() : value.toString()));
    }
    return params;
  }
}
