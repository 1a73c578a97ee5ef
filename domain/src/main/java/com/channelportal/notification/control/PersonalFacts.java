package com.channelportal.notification.control;

import com.channelportal.notification.entity.Audience;
import com.channelportal.notification.entity.Notice;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of a dispatch made from a {@link Notice}: the registration's facts as for any event,
 * plus the people named and the item. Stored in the same JSON column, as extra keys that {@link
 * DispatchFacts#fromJson} ignores.
 */
public final class PersonalFacts {

  static final String PEOPLE = "people";
  static final String ITEM = "item";

  private PersonalFacts() {}

  /**
   * The dispatch JSON; partner addressees of a brand-internal notice are left out here, once, so no
   * later step can tell them.
   */
  public static String toJson(DispatchFacts facts, Notice notice) {
    JsonObject base;
    try (var reader = Json.createReader(new StringReader(facts.toJson()))) {
      base = reader.readObject();
    }
    var people = Json.createArrayBuilder();
    for (var addressee : notice.to()) {
      if (!notice.brandInternal() || addressee.audience() == Audience.BRAND) {
        people.add(
            Json.createObjectBuilder()
                .add("username", addressee.username())
                .add("audience", addressee.audience().name()));
      }
    }
    return Json.createObjectBuilder(base)
        .add(PEOPLE, people)
        .add(ITEM, notice.item())
        .build()
        .toString();
  }

  /** The people to tell, as groups of one. */
  public static List<Recipients.Who> people(String json) {
    var people = new ArrayList<Recipients.Who>();
    read(json)
        .getJsonArray(PEOPLE)
        .getValuesAs(JsonObject.class)
        .forEach(
            p ->
                people.add(
                    new Recipients.Person(
                        p.getString("username"), Audience.valueOf(p.getString("audience")))));
    return people;
  }

  public static String item(String json) {
    var value = read(json).get(ITEM);
    return value instanceof JsonString text ? text.getString() : "";
  }

  private static JsonObject read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
