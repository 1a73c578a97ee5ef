package com.channelportal.dealteam.control;

import com.channelportal.onboarding.control.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who may be mentioned: someone who may see the item. A shared item is seen by the deal's readers
 * on both sides; a brand-internal one by brand staff only, so naming a partner user there is
 * refused rather than silently skipped: the writer learns that the person will never read it.
 */
public final class MentionRules {

  public static final String FIELD = "mention";
  public static final String UNKNOWN = FIELD + ".UNKNOWN";
  public static final String NOT_VISIBLE = FIELD + ".NOT_VISIBLE";

  private MentionRules() {}

  /**
   * @param sides every mentioned username with its side towards the deal
   * @return one problem per mention that may not stand, empty if all may
   */
  public static List<FieldProblem> problems(
      List<String> mentioned, Map<String, Side> sides, boolean brandInternal) {
    var problems = new ArrayList<FieldProblem>();
    for (var username : mentioned) {
      var side = sides.getOrDefault(username, Side.UNKNOWN);
      if (side == Side.UNKNOWN) {
        problems.add(new FieldProblem(FIELD, UNKNOWN, "@" + username + ": nobody of that name"));
      } else if (!side.isReader() || (brandInternal && side != Side.BRAND)) {
        problems.add(
            new FieldProblem(FIELD, NOT_VISIBLE, "@" + username + " may not see this item"));
      }
    }
    return problems;
  }

  /** The mentioned people to tell: everyone but the writer, who knows what they wrote. */
  public static List<String> toTell(List<String> mentioned, String author) {
    return mentioned.stream().filter(m -> !m.equalsIgnoreCase(author)).toList();
  }
}
