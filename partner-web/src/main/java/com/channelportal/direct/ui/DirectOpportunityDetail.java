package com.channelportal.direct.ui;

import com.channelportal.base.ui.DisplayMoney;
import com.channelportal.base.ui.DisplayTime;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.direct.entity.DirectOpportunityActivity;
import com.channelportal.direct.entity.DirectOpportunityConflict;
import com.channelportal.direct.entity.DirectOpportunityStatus;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.registration.ui.ReasonTexts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * One direct opportunity for brand staff: its facts, whether and until when it protects its
 * customer, the flag of a conflict with a partner's claim, what the conflict check found with the
 * matcher's reasons in the registration pages' words, and its activity log with a form to add to
 * it. Changes are asked of the view through {@link ActionEvent}s.
 */
class DirectOpportunityDetail extends Section {

  enum Action {
    EDIT,
    WON,
    LOST,
    CLOSE
  }

  private final H2 title = new H2();
  private final Span status = new Span();
  private final Paragraph protection = new Paragraph();
  private final Paragraph conflictFlag = new Paragraph();
  private final DescriptionList facts = new DescriptionList();
  private final Section conflicts = new Section();
  private final Section activities = new Section();
  private final ActivityEditor activityEditor = new ActivityEditor();
  private final Button edit = new Button();
  private final Button won = new Button();
  private final Button lost = new Button();

  DirectOpportunityDetail() {
    setId("direct-detail");
    // the registration detail's look: both sides of a conflict read alike
    addClassNames("direct-detail", "registration-detail");
    title.setId("direct-heading");
    status.setId("direct-status");
    protection.setId("direct-protection");
    conflictFlag.setId("direct-conflict-flag");
    conflictFlag.addClassName("conflict-flag");
    facts.setId("direct-facts");
    conflicts.setId("direct-conflicts");
    activities.setId("direct-activities");
    add(title, status, protection, conflictFlag, createButtons(), facts, conflicts, activities);
  }

  /**
   * @param protectedUntil the last protected day while open, else null
   * @param mayChange whether the caller may edit, close and log activity (owner or brand admin)
   */
  void show(DirectOpportunity o, @Nullable LocalDate protectedUntil, boolean mayChange) {
    title.setText(orDash(o.getTitle()) + " · " + orDash(o.getCustomer().getName()));
    status.setText(getTranslation(DirectTexts.statusKey(o.getStatus())));
    status.setClassName("status-badge status-" + o.getStatus().name().toLowerCase(Locale.ROOT));
    protection.setText(protectionText(o, protectedUntil));
    conflictFlag.setText(getTranslation("direct.in-conflict"));
    conflictFlag.setVisible(o.isInConflict() && o.isOpen());
    var open = o.isOpen() && mayChange;
    edit.setVisible(open);
    won.setVisible(open);
    lost.setVisible(open);
    activityEditor.setVisible(open);
    showFacts(o);
  }

  void showConflicts(
      List<DirectOpportunityConflict> found, BiFunction<CandidateKind, Long, String> names) {
    conflicts.removeAll();
    conflicts.add(new H3(getTranslation("direct.conflicts")));
    if (found.isEmpty()) {
      conflicts.add(new Paragraph(getTranslation("direct.conflicts.none")));
      return;
    }
    for (int i = 0; i < found.size(); i++) {
      var conflict = found.get(i);
      var reasons = new UnorderedList();
      ReasonTexts.describe(conflict.getReasons(), this::getTranslation)
          .forEach(text -> reasons.add(new ListItem(text)));
      var score = new Span(getTranslation("direct.conflicts.score", percent(conflict.getScore())));
      var card =
          new Div(
              new H4(getTranslation(DirectTexts.candidateKey(conflict.getCandidateKind()))),
              score,
              new Paragraph(names.apply(conflict.getCandidateKind(), conflict.getCandidateId())),
              reasons);
      card.setId("direct-conflict-" + i);
      card.addClassName("conflict");
      conflicts.add(card);
    }
  }

  void showActivities(List<DirectOpportunityActivity> logged) {
    activities.removeAll();
    activities.add(new H3(getTranslation("direct.activities")));
    activities.add(activityEditor);
    if (logged.isEmpty()) {
      activities.add(new Paragraph(getTranslation("direct.activities.none")));
      return;
    }
    var list = new UnorderedList();
    list.setId("direct-activity-list");
    for (var activity : logged) {
      var line =
          getTranslation(
              "direct.activity.line",
              DisplayTime.format(activity.getOccurredAt()),
              getTranslation(DirectTexts.activityKey(activity.getKind())),
              activity.getRecordedBy(),
              activity.getNote() == null ? "" : activity.getNote());
      list.add(new ListItem(line));
    }
    activities.add(list);
  }

  ActivityEditor activityEditor() {
    return activityEditor;
  }

  com.vaadin.flow.shared.Registration addActionListener(
      ComponentEventListener<ActionEvent> listener) {
    return addListener(ActionEvent.class, listener);
  }

  private HorizontalLayout createButtons() {
    edit.setId("direct-edit");
    edit.setText(getTranslation("direct.edit"));
    edit.addClickListener(click -> fire(Action.EDIT));
    won.setId("direct-won");
    won.setText(getTranslation("direct.close.won"));
    won.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
    won.addClickListener(click -> fire(Action.WON));
    lost.setId("direct-lost");
    lost.setText(getTranslation("direct.close.lost"));
    lost.addThemeVariants(ButtonVariant.LUMO_ERROR);
    lost.addClickListener(click -> fire(Action.LOST));
    var back = new Button(getTranslation("direct.back"), click -> fire(Action.CLOSE));
    back.setId("direct-back");
    back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    return new HorizontalLayout(edit, won, lost, back);
  }

  private void fire(Action action) {
    fireEvent(new ActionEvent(this, action));
  }

  private String protectionText(DirectOpportunity o, @Nullable LocalDate protectedUntil) {
    if (o.getStatus() == DirectOpportunityStatus.LAPSED) {
      return getTranslation("direct.protection.lapsed");
    }
    if (protectedUntil == null) {
      return getTranslation("direct.protection.closed");
    }
    return getTranslation("direct.protection.until", protectedUntil.toString());
  }

  private void showFacts(DirectOpportunity o) {
    facts.removeAll();
    var c = o.getCustomer();
    fact("direct.customer.name", c.getName());
    fact("direct.customer.uscc", c.getUscc());
    fact("direct.customer.city", join(c.getProvince(), c.getCity()));
    fact("direct.customer.phone", c.getPhone());
    fact("direct.owner", o.getOwner());
    fact(
        "direct.amount", DisplayMoney.format(o.getEstimatedAmount(), o.getCurrency(), getLocale()));
    fact(
        "direct.close-date",
        o.getExpectedCloseDate() == null ? null : o.getExpectedCloseDate().toString());
    fact(
        "direct.stage",
        o.getStage() == null ? null : getTranslation(DirectTexts.stageKey(o.getStage())));
    fact(
        "direct.import-key",
        o.getExternalRef() == null ? null : o.getExternalSource() + " " + o.getExternalRef());
    fact("direct.created", DisplayTime.format(o.getCreatedAt()) + " · " + o.getCreatedBy());
    fact("direct.last-activity", DisplayTime.format(o.getLastActivityAt()));
    fact("direct.notes", o.getNotes());
  }

  private void fact(String labelKey, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    facts.add(new Term(getTranslation(labelKey)), new Description(value));
  }

  private String percent(BigDecimal score) {
    var format = NumberFormat.getPercentInstance(getLocale());
    format.setMaximumFractionDigits(1);
    return format.format(score);
  }

  private static @Nullable String join(@Nullable String a, @Nullable String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + " " + b;
  }

  private static String orDash(@Nullable String value) {
    return value == null || value.isBlank() ? "–" : value;
  }

  static class ActionEvent extends ComponentEvent<DirectOpportunityDetail> {
    private final Action action;

    ActionEvent(DirectOpportunityDetail source, Action action) {
      super(source, false);
      this.action = action;
    }

    Action action() {
      return action;
    }
  }
}
