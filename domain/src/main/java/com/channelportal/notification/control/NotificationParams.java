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

  /** Every parameter a partner's notification may carry. */
  public static final Set<String> FOR_PARTNERS = Set.of(NUMBER, CUSTOMER, PROTECTED_UNTIL);

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
