package com.channelportal.review.ui;

import com.channelportal.review.entity.Decision;
import com.channelportal.review.entity.ReasonCode;
import com.channelportal.review.entity.RulingForm;
import org.jspecify.annotations.Nullable;

/** The ruling dialog's buffer: a mutable bean for the binder, turned into a form on save. */
public class RulingDraft {

  private @Nullable Decision decision;
  private @Nullable ReasonCode reasonCode;
  private String otherReason = "";
  private String rationale = "";

  public @Nullable Decision getDecision() {
    return decision;
  }

  public void setDecision(@Nullable Decision decision) {
    this.decision = decision;
  }

  public @Nullable ReasonCode getReasonCode() {
    return reasonCode;
  }

  public void setReasonCode(@Nullable ReasonCode reasonCode) {
    this.reasonCode = reasonCode;
  }

  public String getOtherReason() {
    return otherReason;
  }

  public void setOtherReason(@Nullable String otherReason) {
    this.otherReason = otherReason == null ? "" : otherReason;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(@Nullable String rationale) {
    this.rationale = rationale == null ? "" : rationale;
  }

  /** Only what the decision takes: a reason code only to reject, words only for OTHER. */
  RulingForm toForm() {
    var reject = decision == Decision.REJECT;
    var code = reject ? reasonCode : null;
    var words = code == ReasonCode.OTHER ? otherReason : null;
    return new RulingForm(decision, code, words, rationale);
  }
}
