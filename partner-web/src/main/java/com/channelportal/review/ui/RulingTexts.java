package com.channelportal.review.ui;

import com.channelportal.base.ui.DisplayTime;
import com.channelportal.registration.entity.StatusChange;
import com.channelportal.review.entity.Ruling;
import com.vaadin.flow.component.Component;

/** A ruling or a history step as one line of text. */
final class RulingTexts {

  private RulingTexts() {}

  /**
   * @param brand whether the reader is brand staff, who also see who decided
   */
  static String line(Component c, Ruling ruling, boolean brand) {
    var text = new StringBuilder(DisplayTime.format(ruling.getDecidedAt()));
    text.append(" · ").append(c.getTranslation(ReviewTexts.kindKey(ruling.getKind())));
    if (ruling.getReasonCode() != null) {
      text.append(" · ").append(c.getTranslation(ReviewTexts.reasonKey(ruling.getReasonCode())));
    }
    if (ruling.getOtherReason() != null) {
      text.append(": ").append(ruling.getOtherReason());
    }
    if (brand) {
      text.append(" · ").append(ruling.getDecidedBy());
    }
    if (ruling.getRationale() != null) {
      text.append(" — ").append(ruling.getRationale());
    }
    return text.toString();
  }

  static String step(Component c, StatusChange change) {
    var to = c.getTranslation(ReviewTexts.statusKey(change.getTo()));
    var move =
        change.getFrom() == null
            ? to
            : c.getTranslation(ReviewTexts.statusKey(change.getFrom())) + " → " + to;
    return DisplayTime.format(change.getAt()) + " · " + move + " · " + change.getBy();
  }
}
