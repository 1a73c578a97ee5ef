package com.channelportal.review.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.review.entity.Decision;
import com.channelportal.review.entity.ReasonCode;
import com.channelportal.review.entity.Ruling;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;

/**
 * The channel manager's ruling: decision, reason code for a rejection (in words for "other") and
 * the rationale, which the partner reads, as the dialog says where it is written. The binder checks
 * what the server checks, so that most mistakes are marked at the field before anything is sent;
 * whatever the server still refuses is marked at the same fields.
 */
class RulingDialog extends Dialog {

  private final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>();
  private final Select<ReasonCode> reasonCode = new Select<>();
  private final TextField otherReason = new TextField();
  private final TextArea rationale = new TextArea();
  private final Binder<RulingDraft> binder = new Binder<>(RulingDraft.class);
  private final Button save = new Button();

  RulingDialog(List<Decision> decisions, boolean sharedRationale) {
    setId("ruling-dialog");
    setHeaderTitle(getTranslation("review.ruling.title"));
    decision.setId("ruling-decision");
    decision.setLabel(getTranslation("review.ruling.decision"));
    decision.setItems(decisions);
    decision.setItemLabelGenerator(d -> getTranslation(ReviewTexts.decisionKey(d)));
    reasonCode.setId("ruling-reason");
    reasonCode.setLabel(getTranslation("review.ruling.reason"));
    reasonCode.setItems(ReasonCode.values());
    reasonCode.setItemLabelGenerator(
        c -> c == null ? "" : getTranslation(ReviewTexts.reasonKey(c)));
    otherReason.setId("ruling-other-reason");
    otherReason.setLabel(getTranslation("review.ruling.other-reason"));
    otherReason.setMaxLength(Ruling.OTHER_REASON_MAX_LENGTH);
    otherReason.setWidthFull();
    rationale.setId("ruling-rationale");
    rationale.setLabel(getTranslation("review.ruling.rationale"));
    rationale.setHelperText(
        getTranslation(
            sharedRationale
                ? "review.ruling.rationale.help-shared"
                : "review.ruling.rationale.help"));
    rationale.setMaxLength(Ruling.RATIONALE_MAX_LENGTH);
    rationale.setMinHeight("8em");
    rationale.setWidthFull();
    bind();
    decision.addValueChangeListener(change -> showReasonFields());
    reasonCode.addValueChangeListener(change -> showReasonFields());
    var layout =
        new VerticalLayout(
            new Paragraph(getTranslation("review.ruling.intro")),
            decision,
            reasonCode,
            otherReason,
            rationale);
    layout.setPadding(false);
    add(layout);
    save.setText(getTranslation("review.ruling.save"));
    save.setId("ruling-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(click -> save());
    var cancel = new Button(getTranslation("action.cancel"), click -> close());
    getFooter().add(cancel, save);
    binder.readBean(new RulingDraft());
    showReasonFields();
    setWidth("min(40rem, 95vw)");
  }

  void showProblems(List<InvalidField.Problem> problems) {
    Map<String, HasValidation> fields =
        Map.of(
            "decision", decision,
            "reasonCode", reasonCode,
            "otherReason", otherReason,
            "rationale", rationale);
    for (var problem : problems) {
      var field = fields.getOrDefault(problem.field(), rationale);
      field.setErrorMessage(getTranslation(ReviewTexts.invalidKey(problem.reason())));
      field.setInvalid(true);
    }
  }

  com.vaadin.flow.shared.Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  private void bind() {
    binder
        .forField(decision)
        .asRequired(getTranslation(ReviewTexts.invalidKey("decision.REQUIRED")))
        .bind(RulingDraft::getDecision, RulingDraft::setDecision);
    binder
        .forField(reasonCode)
        .withValidator(
            code -> decision.getValue() != Decision.REJECT || code != null,
            getTranslation(ReviewTexts.invalidKey("reasonCode.REQUIRED")))
        .bind(RulingDraft::getReasonCode, RulingDraft::setReasonCode);
    binder
        .forField(otherReason)
        .withValidator(
            words ->
                decision.getValue() != Decision.REJECT
                    || reasonCode.getValue() != ReasonCode.OTHER
                    || !words.isBlank(),
            getTranslation(ReviewTexts.invalidKey("otherReason.REQUIRED")))
        .bind(RulingDraft::getOtherReason, RulingDraft::setOtherReason);
    binder
        .forField(rationale)
        .asRequired(getTranslation(ReviewTexts.invalidKey("rationale.REQUIRED")))
        .withValidator(
            text ->
                text.strip().codePointCount(0, text.strip().length())
                    >= Ruling.RATIONALE_MIN_LENGTH,
            getTranslation(ReviewTexts.invalidKey("rationale.TOO_SHORT")))
        .bind(RulingDraft::getRationale, RulingDraft::setRationale);
  }

  private void showReasonFields() {
    var reject = decision.getValue() == Decision.REJECT;
    reasonCode.setVisible(reject);
    otherReason.setVisible(reject && reasonCode.getValue() == ReasonCode.OTHER);
  }

  private void save() {
    var draft = new RulingDraft();
    if (binder.writeBeanIfValid(draft)) {
      fireEvent(new SaveEvent(this, draft));
    } else {
      binder.validate();
    }
  }

  static class SaveEvent extends ComponentEvent<RulingDialog> {
    private final RulingDraft draft;

    SaveEvent(RulingDialog source, RulingDraft draft) {
      super(source, false);
      this.draft = draft;
    }

    RulingDraft draft() {
      return draft;
    }
  }
}
