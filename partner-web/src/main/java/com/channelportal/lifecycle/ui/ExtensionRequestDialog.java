package com.channelportal.lifecycle.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.lifecycle.entity.ExtensionForm;
import com.channelportal.lifecycle.entity.ProtectionExtension;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The partner asks for more days of protection. The dialog only collects the input; the domain
 * checks it, and its field problems are shown on the fields.
 */
class ExtensionRequestDialog extends Dialog {

  private final IntegerField days = new IntegerField();
  private final TextArea justification = new TextArea();
  private final int maxDays;

  ExtensionRequestDialog(LocalDate protectedUntil, int maxDays, Consumer<ExtensionForm> submit) {
    this.maxDays = maxDays;
    setId("extension-dialog");
    setHeaderTitle(getTranslation("lifecycle.extension.request.title"));
    days.setId("extension-days");
    days.setLabel(getTranslation("lifecycle.extension.days"));
    days.setHelperText(getTranslation("lifecycle.extension.days.help", maxDays));
    days.setMin(1);
    days.setMax(maxDays);
    days.setStepButtonsVisible(true);
    justification.setId("extension-justification");
    justification.setLabel(getTranslation("lifecycle.extension.justification"));
    justification.setMaxLength(ProtectionExtension.JUSTIFICATION_MAX_LENGTH);
    justification.setHelperText(
        getTranslation(
            "lifecycle.extension.justification.help",
            // as text: a number would be formatted with a grouping separator (1,000)
            String.valueOf(ProtectionExtension.JUSTIFICATION_MIN_LENGTH),
            String.valueOf(ProtectionExtension.JUSTIFICATION_MAX_LENGTH)));
    justification.setWidthFull();
    add(
        new Paragraph(
            getTranslation("lifecycle.extension.request.text", protectedUntil.toString())),
        days,
        justification);
    var send =
        new Button(
            getTranslation("lifecycle.extension.request.send"),
            click -> submit.accept(new ExtensionForm(days.getValue(), justification.getValue())));
    send.setId("extension-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), send);
  }

  /** Shows what the domain refused; returns false if a problem concerns no field here. */
  boolean showProblems(InvalidField invalid) {
    return FieldErrors.show(
        this,
        invalid,
        Map.of(ExtensionForm.DAYS, days, ExtensionForm.JUSTIFICATION, justification),
        maxDays);
  }
}
