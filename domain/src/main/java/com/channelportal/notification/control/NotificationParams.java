package com.channelportal.notification.control;

import com.channelportal.base.control.JsonSupport;
import com.channelportal.notification.entity.Audience;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a notification's text may say to its recipient. A partner reads its own registration's
 * number, customer and protection date, nothing else: no company name (on a shared or held claim it
 * could be the other partner's), no actor. Brand staff also read which partner it is.
 */
public final class NotificationParams {

  public static final String NUMBER = "number";
  public static final String CUSTOMER = "customer";
  public static final String PROTECTED_UNTIL = "protectedUntil";
  public static final String PARTNER = "partner";

  /** What a personal notice is about (a task's title), see {@code PersonalFacts}. */
  public static final String ITEM = "item";

  /** Every parameter a partner's notification may carry. */
  public static final Set<String> FOR_PARTNERS = Set.of(NUMBER, CUSTOMER, PROTECTED_UNTIL, ITEM);

  private NotificationParams() {}

  public static Map<String, String> of(Audience audience, DispatchFacts facts) {
    var params = new TreeMap<String, String>();
    params.put(NUMBER, facts.number() == null ? "" : facts.number());
    params.put(CUSTOMER, facts.customerName());
    if (facts.protectedUntil() != null) {
      params.put(PROTECTED_UNTIL, facts.protectedUntil().toString());
    }
    if (audience == Audience.BRAND) {
      params.put(PARTNER, facts.partnerName());
    }
    return params;
  }

  /** The parameters of a personal notice: the registration's, and the item it is about. */
  public static Map<String, String> of(Audience audience, DispatchFacts facts, String item) {
    var params = of(audience, facts);
    params.put(ITEM, item);
    return params;
  }

  public static String json(Map<String, String> params) {
    var json = JsonSupport.PROVIDER.createObjectBuilder();
    params.forEach(json::add);
    return json.build().toString();
  }

  public static Map<String, String> parse(String json) {
    var params = new TreeMap<String, String>();
    try (var reader = JsonSupport.PROVIDER.createReader(new StringReader(json))) {
      reader
          .readObject()
          .forEach(
              (name, value) -> {
                if (value instanceof JsonString text) {
                  params.put(name, text.getString());
                }
              });
    }
    return params;
  }
}
