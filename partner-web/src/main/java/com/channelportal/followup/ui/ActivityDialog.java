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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The "log activity" dialog: what was done and when (in the user's zone), who took part, what came
 * of it and what follows, and files. Only brand staff see the visibility choice. The view records
 * the activity on {@link SaveEvent} and shows refused fields with {@link #showProblems}.
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
  private final Upload upload;
  private final Span fileError = new Span();
  private final List<com.channelportal.followup.entity.Upload> files = new CopyOnWriteArrayList<>();
  private final ZoneId zone;

  ActivityDialog(ZoneId zone, boolean brandStaff, int maxBytes) {
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
    upload =
        new Upload(
            UploadHandler.inMemory(
                (meta, bytes) ->
                    files.add(
                        new com.channelportal.followup.entity.Upload(meta.fileName(), bytes))));
    upload.setId("followup-activity-upload");
    upload.setMaxFileSize(maxBytes);
    upload.setI18n(uploadTexts());
    upload.addFileRejectedListener(
        rejected -> fileProblem(getTranslation("followup.invalid.file.TOO_LARGE")));
    upload.addFileRemovedListener(
        removed -> files.removeIf(f -> f.fileName().equals(removed.getFileName())));
    fileError.setId("followup-activity-file-error");
    fileError.addClassName("field-error");
    var form =
        new FormLayout(
            kind, occurredAt, participants, contacts, notes, outcome, nextStep, visibility);
    form.setColspan(notes, 2);
    add(form, upload, fileError);
    var save = new Button(getTranslation("followup.activity.save"), click -> save());
    save.setId("followup-activity-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
  }

  /** Empties the form for a new activity, "now" in the user's zone. */
  void reset() {
    kind.setValue(DealActivityKind.VISIT);
    var now = LocalDateTime.now(zone).withSecond(0).withNano(0);
    occurredAt.setValue(now);
    occurredAt.setMax(now.plusMinutes(ActivityRules.FUTURE_TOLERANCE_MINUTES));
    List.of(participants, contacts, notes, outcome, nextStep).forEach(TextArea::clear);
    visibility.setValue(Visibility.SHARED);
    files.clear();
    upload.clearFileList();
    fieldsOf().forEach(f -> f.setInvalid(false));
    fileError.setText("");
  }

  void showProblems(List<InvalidField.Problem> refused) {
    for (var problem : refused) {
      var text = getTranslation(TimelineTexts.invalidKey(problem.reason()));
      if (problem.field().equals("file")) {
        fileProblem(text);
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
    fileError.setText("");
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
    fireEvent(new SaveEvent(this, form, List.copyOf(files)));
  }

  private void fileProblem(String text) {
    fileError.setText(text);
  }

  private List<HasValidation> fieldsOf() {
    return List.of(kind, occurredAt, participants, contacts, notes, outcome, nextStep, visibility);
  }

  private UploadI18N uploadTexts() {
    var add = getTranslation("followup.upload.add");
    var drop = getTranslation("followup.upload.drop");
    return new UploadI18N()
        .setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
        .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
        .setError(
            new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("followup.invalid.file.TOO_LARGE"))
                .setIncorrectFileType(getTranslation("followup.invalid.file.UNSUPPORTED_TYPE"))
                .setTooManyFiles(getTranslation("followup.upload.too-many")));
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : Arrays.asList(text.split("\\R"));
  }

  private void text(TextArea area, String id, String key, int max) {
    area.setId(id);
    area.setLabel(getTranslation(key));
    area.setMaxLength(max);
  }

  static class SaveEvent extends ComponentEvent<ActivityDialog> {
    private final ActivityForm form;
    private final List<com.channelportal.followup.entity.Upload> files;

    SaveEvent(
        ActivityDialog source,
        ActivityForm form,
        List<com.channelportal.followup.entity.Upload> files) {
      super(source, false);
      this.form = form;
      this.files = files;
    }

    ActivityForm form() {
      return form;
    }

    List<com.channelportal.followup.entity.Upload> files() {
      return files;
    }
  }
}
