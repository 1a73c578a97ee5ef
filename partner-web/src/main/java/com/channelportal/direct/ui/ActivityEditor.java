package com.channelportal.direct.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.ui.DisplayTime;
import com.channelportal.base.ui.IsoDates;
import com.channelportal.direct.entity.ActivityForm;
import com.channelportal.direct.entity.ActivityKind;
import com.channelportal.direct.entity.DirectOpportunityActivity;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The "add activity" form of an opportunity: what was done, when (in the user's zone, not in the
 * future) and a note. The view records it through the boundary on {@link AddEvent}.
 */
class ActivityEditor extends FormLayout {

  private final Select<ActivityKind> kind = new Select<>();
  private final DateTimePicker occurredAt = new DateTimePicker();
  private final TextArea note = new TextArea();
  private final Button add = new Button();
  private final ZoneId zone = DisplayTime.DEFAULT_ZONE;

  ActivityEditor() {
    setId("direct-activity-form");
    kind.setId("direct-activity-kind");
    kind.setLabel(getTranslation("direct.activity.kind"));
    kind.setItems(ActivityKind.values());
    kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(DirectTexts.activityKey(k)));
    occurredAt.setId("direct-activity-at");
    occurredAt.setLabel(getTranslation("direct.activity.at"));
    occurredAt.setDatePlaceholder(IsoDates.FORMAT);
    note.setId("direct-activity-note");
    note.setLabel(getTranslation("direct.activity.note"));
    note.setMaxLength(DirectOpportunityActivity.NOTE_MAX_LENGTH);
    add.setId("direct-activity-add");
    add.setText(getTranslation("direct.activity.add"));
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.addClickListener(click -> submit());
    add(kind, occurredAt, note, add);
    setColspan(note, 2);
    reset();
  }

  void reset() {
    kind.setValue(ActivityKind.VISIT);
    occurredAt.setValue(LocalDateTime.now(zone).withSecond(0).withNano(0));
    occurredAt.setMax(LocalDateTime.now(zone).plusMinutes(5));
    note.clear();
    List.<HasValidation>of(kind, occurredAt, note).forEach(f -> f.setInvalid(false));
  }

  void showProblems(List<InvalidField.Problem> refused) {
    for (var problem : refused) {
      var text = getTranslation(DirectTexts.invalidKey(problem.field(), problem.reason()));
      HasValidation field =
          switch (problem.field()) {
            case ActivityForm.KIND -> kind;
            case ActivityForm.NOTE -> note;
            default -> occurredAt;
          };
      field.setErrorMessage(text);
      field.setInvalid(true);
    }
  }

  com.vaadin.flow.shared.Registration addAddListener(ComponentEventListener<AddEvent> listener) {
    return addListener(AddEvent.class, listener);
  }

  private void submit() {
    var at = occurredAt.getValue();
    var form =
        new ActivityForm(
            kind.getValue(),
            at == null ? null : at.atZone(zone).toOffsetDateTime(),
            note.getValue());
    fireEvent(new AddEvent(this, form));
  }

  static class AddEvent extends ComponentEvent<ActivityEditor> {
    private final ActivityForm form;

    AddEvent(ActivityEditor source, ActivityForm form) {
      super(source, false);
      this.form = form;
    }

    ActivityForm form() {
      return form;
    }
  }
}
