package com.channelportal.followup.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.ui.IsoDates;
import com.channelportal.followup.control.ActivityRules;
import com.channelportal.followup.entity.ActivityForm;
import com.channelportal.followup.entity.DealActivity;
import com.channelportal.followup.entity.DealActivityKind;
import com.channelportal.followup.entity.Visibility;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The "log activity" dialog: what was done and when (in the user's zone), who took part, what came
 * of it and what follows, and files. Only brand staff see the visibility choice. The view records
 * the activity on {@link SaveEvent} and shows refused fields with {@link #showProblems}. The same
 * dialog edits an activity: {@link #edit} fills it in and keeps the version it was read at, so that
 * a change made meanwhile by someone else is refused, not overwritten. An edit may add files; they
 * are saved with the change or, if one is refused, neither is.
 */
class ActivityDialog extends Dialog {

  private final Select<DealActivityKind> kind = new Select<>();
  private final DateTimePicker occurredAt = new DateTimePicker();
  private final TextArea participants = new TextArea();
  private final TextArea contacts = new TextArea();
  private final TextArea notes = new TextArea();
  private final TextArea outcome = new TextArea();
  private final TextArea nextStep = new TextArea();
  private final Select<Visibility> visibility = new Select<>();
  private final ActivityFiles files;
  private final ZoneId zone;
  private @Nullable DealActivity editing;

  ActivityDialog(ZoneId zone, boolean brandStaff, long maxBytes) {
    this.zone = zone;
    setId("followup-activity-dialog");
    setHeaderTitle(getTranslation("followup.activity.log"));
    kind.setId("followup-activity-kind");
    kind.setLabel(getTranslation("followup.activity.kind"));
    kind.setItems(
        Arrays.stream(DealActivityKind.values()).filter(DealActivityKind::isLoggable).toList());
    kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(TimelineTexts.kindKey(k)));
    occurredAt.setId("followup-activity-at");
    occurredAt.setLabel(getTranslation("followup.activity.at"));
    occurredAt.setDatePlaceholder(IsoDates.FORMAT);
    occurredAt.setDatePickerI18n(IsoDates.configure(new DatePicker()).getI18n());
    text(participants, "followup-activity-participants", "followup.activity.participants", 2200);
    participants.setHelperText(getTranslation("followup.activity.one-per-line"));
    text(contacts, "followup-activity-contacts", "followup.activity.contacts", 2200);
    contacts.setHelperText(getTranslation("followup.activity.one-per-line"));
    text(
        notes, "followup-activity-notes", "followup.activity.notes", DealActivity.NOTES_MAX_LENGTH);
    text(
        outcome,
        "followup-activity-outcome",
        "followup.activity.outcome",
        DealActivity.OUTCOME_MAX_LENGTH);
    text(
        nextStep,
        "followup-activity-next",
        "followup.activity.next-step",
        DealActivity.NEXT_STEP_MAX_LENGTH);
    visibility.setId("followup-activity-visibility");
    visibility.setLabel(getTranslation("followup.activity.visibility"));
    visibility.setItems(Visibility.values());
    visibility.setItemLabelGenerator(
        v -> v == null ? "" : getTranslation(TimelineTexts.visibilityKey(v)));
    visibility.setVisible(brandStaff);
    files = new ActivityFiles(maxBytes);
    var form =
        new FormLayout(
            kind, occurredAt, participants, contacts, notes, outcome, nextStep, visibility);
    form.setColspan(notes, 2);
    add(form, files);
    var save = new Button(getTranslation("followup.activity.save"), click -> save());
    save.setId("followup-activity-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var cancel = new Button(getTranslation("action.cancel"), click -> close());
    cancel.setId("followup-activity-cancel");
    getFooter().add(cancel, save);
  }

  /** Empties the form for a new activity, "now" in the user's zone. */
  void reset() {
    prepare(null);
    kind.setValue(DealActivityKind.VISIT);
    occurredAt.setValue(LocalDateTime.now(zone).withSecond(0).withNano(0));
    List.of(participants, contacts, notes, outcome, nextStep).forEach(TextArea::clear);
    visibility.setValue(Visibility.SHARED);
  }

  /** Fills the form with the activity as read; saving sends the version it had then. */
  void edit(DealActivity activity) {
    prepare(activity);
    kind.setValue(activity.getKind());
    occurredAt.setValue(
        activity
            .getOccurredAt()
            .atOffset(ZoneOffset.UTC)
            .atZoneSameInstant(zone)
            .toLocalDateTime());
    participants.setValue(String.join("\n", activity.getParticipants()));
    contacts.setValue(String.join("\n", activity.getCustomerContacts()));
    notes.setValue(orEmpty(activity.getNotes()));
    outcome.setValue(orEmpty(activity.getOutcome()));
    nextStep.setValue(orEmpty(activity.getNextStep()));
    visibility.setValue(activity.getVisibility());
  }

  private void prepare(@Nullable DealActivity activity) {
    editing = activity;
    setHeaderTitle(
        getTranslation(activity == null ? "followup.activity.log" : "followup.activity.edit"));
    var now = LocalDateTime.now(zone).withSecond(0).withNano(0);
    occurredAt.setMax(now.plusMinutes(ActivityRules.FUTURE_TOLERANCE_MINUTES));
    // the visibility of a saved activity is fixed: a shared note once read by the partner
    // cannot be taken back by making it internal
    visibility.setReadOnly(activity != null);
    files.clear();
    fieldsOf().forEach(f -> f.setInvalid(false));
  }

  void showProblems(List<InvalidField.Problem> refused) {
    for (var problem : refused) {
      var text = getTranslation(TimelineTexts.invalidKey(problem.reason()));
      if (problem.field().equals("file")) {
        files.showProblem(problem.reason());
        continue;
      }
      HasValidation field =
          switch (problem.field()) {
            case ActivityForm.KIND -> kind;
            case ActivityForm.PARTICIPANTS -> participants;
            case ActivityForm.CUSTOMER_CONTACTS -> contacts;
            case ActivityForm.NOTES -> notes;
            case ActivityForm.OUTCOME -> outcome;
            case ActivityForm.NEXT_STEP -> nextStep;
            case ActivityForm.VISIBILITY -> visibility;
            default -> occurredAt;
          };
      field.setErrorMessage(text);
      field.setInvalid(true);
    }
  }

  com.vaadin.flow.shared.Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  private void save() {
    fieldsOf().forEach(f -> f.setInvalid(false));
    files.clearProblem();
    var at = occurredAt.getValue();
    var form =
        new ActivityForm(
            kind.getValue(),
            at == null ? null : at.atZone(zone).toOffsetDateTime(),
            lines(participants.getValue()),
            lines(contacts.getValue()),
            notes.getValue(),
            outcome.getValue(),
            nextStep.getValue(),
            visibility.isVisible() ? visibility.getValue() : null);
    fireEvent(new SaveEvent(this, form, editing));
  }

  private List<HasValidation> fieldsOf() {
    return List.of(kind, occurredAt, participants, contacts, notes, outcome, nextStep, visibility);
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : Arrays.asList(text.split("\\R"));
  }

  private void text(TextArea area, String id, String key, int max) {
    area.setId(id);
    area.setLabel(getTranslation(key));
    area.setMaxLength(max);
  }

  /** A new activity, or, with {@link #editing()}, the change of one as it was read. */
  static class SaveEvent extends ComponentEvent<ActivityDialog> {
    private final ActivityForm form;
    private final @Nullable DealActivity editing;

    SaveEvent(ActivityDialog source, ActivityForm form, @Nullable DealActivity editing) {
      super(source, false);
      this.form = form;
      this.editing = editing;
    }

    ActivityForm form() {
      return form;
    }

    /** Read only when the view saves, so that the files are in memory only then. */
    List<com.channelportal.followup.entity.Upload> files() {
      return getSource().files.read();
    }

    @Nullable DealActivity editing() {
      return editing;
    }
  }
}
