package com.channelportal.registration.control;

import com.channelportal.base.control.JsonSupport;
import com.channelportal.matching.entity.MatchReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A match's reasons as stored with a conflict: a JSON array of {@code {code, weight, params}}, the
 * codes and parameters the UI translates. Weights are rounded to three decimals like the score.
 */
public final class ConflictReasons {

  private ConflictReasons() {}

  public static String json(List<MatchReason> reasons) {
    var array = JsonSupport.PROVIDER.createArrayBuilder();
    for (var reason : reasons) {
      var params = JsonSupport.PROVIDER.createObjectBuilder();
      reason.params().forEach(params::add);
      array.add(
          JsonSupport.PROVIDER
              .createObjectBuilder()
              .add("code", reason.code().name())
              .add("weight", rounded(reason.weight()))
              .add("params", params));
    }
    return array.build().toString();
  }

  /** Three decimals, as the score is stored and shown. */
  public static BigDecimal rounded(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
  }
}
