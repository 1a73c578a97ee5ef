package com.channelportal.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before a submission, which cannot be undone: the server stamps it and decides it at once.
 * The confirm button is the portal's own, with an id, so that browser tests can press it.
 */
final class SubmitConfirmation {

  private SubmitConfirmation() {}

  static void open(Runnable onConfirm) {
    var dialog = new ConfirmDialog();
    dialog.setId("submit-confirm");
    dialog.setHeader(dialog.getTranslation("registration.submit.confirm.title"));
    dialog.setText(dialog.getTranslation("registration.submit.confirm.text"));
    var confirm =
        new Button(
            dialog.getTranslation("registration.submit"),
            click -> {
              dialog.close();
              onConfirm.run();
            });
    confirm.setId("submit-confirm-button");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.setConfirmButton(confirm);
    dialog.setCancelable(true);
    dialog.setCancelText(dialog.getTranslation("action.cancel"));
    dialog.open();
  }
}
