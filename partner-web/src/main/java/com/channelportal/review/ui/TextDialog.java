package com.channelportal.review.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.review.entity.AppealDecision;
import com.channelportal.review.entity.Ruling;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A few sentences to send: the partner's appeal, or a brand admin's decision on it (then with the
 * choice to uphold or overturn). Checked like the server checks before anything is sent.
 */
class TextDialog extends Dialog {

  /** The buffer of the binder. */
  public static class Draft {
    private @Nullable AppealDecision decision;
    private String text = "";

    public @Nullable AppealDecision getDecision() {
      return decision;
    }

    public void setDecision(@Nullable AppealDecision decision) {
      this.decision = decision;
    }

    public String getText() {
      return text;
    }

    public void setText(@Nullable String text) {
      this.text = text == null ? "" : text;
    }
  }

  private final RadioButtonGroup<AppealDecision> decision = new RadioButtonGroup<>();
  private final TextArea text = new TextArea();
  private final Binder<Draft> binder = new Binder<>(Draft.class);

  /**
   * @param prefix of the dialog's texts: {@code review.appeal} or {@code review.appeal-decision}
   * @param withDecision whether to ask for uphold or overturn
   */
  TextDialog(String prefix, boolean withDecision, BiConsumer<TextDialog, Draft> onSend) {
    setId(prefix.replace('.', '-') + "-dialog");
    setHeaderTitle(getTranslation(prefix + ".title"));
    decision.setId(prefix.replace('.', '-') + "-decision");
    decision.setItems(AppealDecision.values());
    decision.setItemLabelGenerator(d -> getTranslation(ReviewTexts.appealDecisionKey(d)));
    decision.setVisible(withDecision);
    text.setId(prefix.replace('.', '-') + "-text");
    text.setLabel(getTranslation(prefix + ".text"));
    text.setHelperText(getTranslation(prefix + ".help"));
    text.setMaxLength(Ruling.RATIONALE_MAX_LENGTH);
    text.setMinHeight("8em");
    text.setWidthFull();
    if (withDecision) {
      binder
          .forField(decision)
          .asRequired(getTranslation(ReviewTexts.invalidKey("decision.REQUIRED")))
          .bind(Draft::getDecision, Draft::setDecision);
    }
    binder
        .forField(text)
        .asRequired(getTranslation(ReviewTexts.invalidKey("rationale.REQUIRED")))
        .withValidator(
            t -> t.strip().codePointCount(0, t.strip().length()) >= Ruling.RATIONALE_MIN_LENGTH,
            getTranslation(ReviewTexts.invalidKey("rationale.TOO_SHORT")))
        .bind(Draft::getText, Draft::setText);
    binder.readBean(new Draft());
    var layout =
        new VerticalLayout(new Paragraph(getTranslation(prefix + ".intro")), decision, text);
    layout.setPadding(false);
    add(layout);
    var send = new Button(getTranslation(prefix + ".send"));
    send.setId(prefix.replace('.', '-') + "-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(
        click -> {
          var draft = new Draft();
          if (binder.writeBeanIfValid(draft)) {
            onSend.accept(this, draft);
          } else {
            binder.validate();
          }
        });
    getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), send);
    setWidth("min(36rem, 95vw)");
  }

  /** What the server refused, at the text (the only field that can be wrong by then). */
  void showProblems(List<InvalidField.Problem> problems) {
    for (var problem : problems) {
      var reason = problem.reason().replaceFirst("^text\\.", "rationale.");
      text.setErrorMessage(getTranslation(ReviewTexts.invalidKey(reason)));
      text.setInvalid(true);
    }
  }
}
