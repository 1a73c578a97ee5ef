package com.channelportal.registration.ui;

import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.registration.entity.RegistrationConflict;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the conflict check found when the registration was submitted, for brand staff: each
 * candidate with its score and the matcher's reasons, translated, so that the channel manager sees
 * why two claims may name one customer. A candidate registration links to its own detail.
 */
class ConflictsPanel extends Section {

  /** How the view names a candidate: a registration's number and partner, a customer's name … */
  interface CandidateNames {
    Candidate describe(CandidateKind kind, long id);
  }

  /**
   * @param registrationId set for a candidate registration the caller may open
   */
  record Candidate(String label, @Nullable Long registrationId) {}

  ConflictsPanel() {
    setId("registration-conflicts");
    addClassName("registration-conflicts");
  }

  void show(List<RegistrationConflict> conflicts, CandidateNames names) {
    removeAll();
    add(new H3(getTranslation("registration.conflicts")));
    if (conflicts.isEmpty()) {
      add(new Paragraph(getTranslation("registration.conflicts.none")));
      return;
    }
    for (int i = 0; i < conflicts.size(); i++) {
      add(conflict(i, conflicts.get(i), names));
    }
  }

  private Div conflict(int index, RegistrationConflict conflict, CandidateNames names) {
    var candidate = names.describe(conflict.getCandidateKind(), conflict.getCandidateId());
    var title = new H4(getTranslation(RegistrationTexts.candidateKey(conflict.getCandidateKind())));
    var score =
        new Span(getTranslation("registration.conflicts.score", percent(conflict.getScore())));
    score.addClassName("conflict-score");
    var reasons = new UnorderedList();
    ReasonTexts.describe(conflict.getReasons(), this::getTranslation)
        .forEach(text -> reasons.add(new ListItem(text)));
    reasons.addClassName("conflict-reasons");
    var card = new Div(title, score, label(candidate), reasons);
    card.setId("conflict-" + index);
    card.addClassName("conflict");
    return card;
  }

  private com.vaadin.flow.component.Component label(Candidate candidate) {
    if (candidate.registrationId() == null) {
      return new Paragraph(candidate.label());
    }
    var link =
        new RouterLink(
            candidate.label(),
            RegistrationsView.class,
            new RouteParameters("id", String.valueOf(candidate.registrationId())));
    return new Paragraph(link);
  }

  private String percent(BigDecimal score) {
    var format = NumberFormat.getPercentInstance(getLocale());
    format.setMaximumFractionDigits(1);
    return format.format(score);
  }
}
