package com.channelportal.lifecycle.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.lifecycle.entity.ExtensionDecision;
import com.channelportal.lifecycle.entity.ProtectionExtension;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;

/** The channel manager approves or denies an extension request; a denial needs a reason. */
class DecisionDialog extends Dialog {

  private final TextArea reason = new TextArea();

  DecisionDialog(
      ProtectionExtension request, String registration, Consumer<ExtensionDecision> decide) {
    setId("decision-dialog");
    setHeaderTitle(getTranslation("lifecycle.decision.title", registration));
    add(
        new Paragraph(
            getTranslation(
                "lifecycle.decision.text",
                request.getDays(),
                request.getProtectedUntil().toString(),
                request.getRequestedBy())),
        new Paragraph(request.getJustification()));
    reason.setId("decision-reason");
    reason.setLabel(getTranslation("lifecycle.decision.reason"));
    reason.setMaxLength(ProtectionExtension.REASON_MAX_LENGTH);
    reason.setWidthFull();
    add(reason);
    var approve =
        new Button(
            getTranslation("lifecycle.decision.approve"),
            click -> decide.accept(new ExtensionDecision(true, reason.getValue())));
    approve.setId("decision-approve");
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    var deny =
        new Button(
            getTranslation("lifecycle.decision.deny"),
            click -> decide.accept(new ExtensionDecision(false, reason.getValue())));
    deny.setId("decision-deny");
    deny.addThemeVariants(ButtonVariant.LUMO_ERROR);
    getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), deny, approve);
  }

  boolean showProblems(InvalidField invalid) {
    return FieldErrors.show(this, invalid, Map.of(ExtensionDecision.REASON, reason));
  }
}
