package com.channelportal.notification.control;

import com.channelportal.base.control.JsonSupport;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a dispatch knows of its registration at the moment of the event: who is involved (to find
 * the recipients) and what the texts may say. Taken in the event's transaction, so that a later
 * change (a second ruling, a new channel manager) does not rewrite what happened.
 *
 * @param createdBy who drafted it, told when nobody submitted it yet
 * @param channelManager the username assigned to the partner company, if any
 */
public record DispatchFacts(
    @Nullable String number,
    String customerName,
    String partnerName,
    String organizationAlias,
    @Nullable String submittedBy,
    String createdBy,
    @Nullable String channelManager,
    @Nullable LocalDate protectedUntil) {

  /** Whether it ever left the draft stage: drafts concern nobody at the brand. */
  public boolean submitted() {
    return number != null;
  }

  /** The person who speaks for the registration on the partner's side. */
  public String owner() {
    return submittedBy != null ? submittedBy : createdBy;
  }

  public String toJson() {
    var json = JsonSupport.PROVIDER.createObjectBuilder();
    put(json, "number", number);
    json.add("customerName", customerName)
        .add("partnerName", partnerName)
        .add("organizationAlias", organizationAlias);
    put(json, "submittedBy", submittedBy);
    json.add("createdBy", createdBy);
    put(json, "channelManager", channelManager);
    put(json, "protectedUntil", protectedUntil == null ? null : protectedUntil.toString());
    return json.build().toString();
  }

  public static DispatchFacts fromJson(String text) {
    JsonObject json;
    try (var reader = JsonSupport.PROVIDER.createReader(new StringReader(text))) {
      json = reader.readObject();
    }
    var until = json.getString("protectedUntil", null);
    return new DispatchFacts(
        json.getString("number", null),
        json.getString("customerName"),
        json.getString("partnerName"),
        json.getString("organizationAlias"),
        json.getString("submittedBy", null),
        json.getString("createdBy"),
        json.getString("channelManager", null),
        until == null ? null : LocalDate.parse(until));
  }

  private static void put(jakarta.json.JsonObjectBuilder json, String name, @Nullable String v) {
    if (v != null) {
      json.add(name, v);
    }
  }
}
