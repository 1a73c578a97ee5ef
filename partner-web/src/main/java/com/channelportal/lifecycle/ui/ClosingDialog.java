package com.channelportal.lifecycle.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.lifecycle.entity.ClosingForm;
import com.channelportal.lifecycle.entity.DealOutcome;
import com.channelportal.lifecycle.entity.RegistrationClosing;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The partner closes its deal: won, with the amount ordered if it wants to say, or lost, with the
 * reason. Closing ends protection and cannot be undone, which the dialog says.
 */
class ClosingDialog extends Dialog {

  private final BigDecimalField amount = new BigDecimalField();
  private final TextArea reason = new TextArea();

  ClosingDialog(DealOutcome outcome, String currency, Consumer<ClosingForm> submit) {
    setId("closing-dialog");
    setHeaderTitle(getTranslation(LifecycleTexts.outcomeKey(outcome) + ".title"));
    add(new Paragraph(getTranslation("lifecycle.closing.text")));
    amount.setId("closing-amount");
    amount.setLabel(getTranslation("lifecycle.closing.amount", currency));
    // the Chinese label with its currency is wider than the field's default width and was cut
    amount.setWidthFull();
    reason.setId("closing-reason");
    reason.setLabel(
        getTranslation(
            outcome == DealOutcome.LOST
                ? "lifecycle.closing.reason.required"
                : "lifecycle.closing.reason"));
    reason.setMaxLength(RegistrationClosing.REASON_MAX_LENGTH);
    reason.setWidthFull();
    if (outcome == DealOutcome.WON) {
      add(amount);
    }
    add(reason);
    var confirm =
        new Button(
            getTranslation(LifecycleTexts.outcomeKey(outcome) + ".confirm"),
            click ->
                submit.accept(
                    new ClosingForm(
                        outcome,
                        outcome == DealOutcome.WON ? amount.getValue() : null,
                        reason.getValue())));
    confirm.setId("closing-confirm");
    confirm.addThemeVariants(
        ButtonVariant.LUMO_PRIMARY,
        outcome == DealOutcome.WON ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
    getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
  }

  boolean showProblems(InvalidField invalid) {
    return FieldErrors.show(
        this, invalid, Map.of(ClosingForm.ACTUAL_AMOUNT, amount, ClosingForm.REASON, reason));
  }
}
