package com.channelportal.lifecycle.ui;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.base.ui.DisplayMoney;
import com.channelportal.base.ui.DisplayTime;
import com.channelportal.base.ui.Notifications;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.lifecycle.boundary.Closings;
import com.channelportal.lifecycle.boundary.Extensions;
import com.channelportal.lifecycle.boundary.LifecycleSettings;
import com.channelportal.lifecycle.control.LifecycleRules;
import com.channelportal.lifecycle.entity.ClosingForm;
import com.channelportal.lifecycle.entity.DealOutcome;
import com.channelportal.lifecycle.entity.ExtensionForm;
import com.channelportal.lifecycle.entity.ExtensionStatus;
import com.channelportal.lifecycle.entity.ProtectionExtension;
import com.channelportal.lifecycle.entity.RegistrationClosing;
import com.channelportal.registration.boundary.RegistrationSettings;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The protection part of a registration's detail: its extension requests with their state, how the
 * deal was closed, and for the registration's partner, while it is protected, the requests for an
 * extension and the closing as won or lost. A CDI bean, added to the registration detail by the
 * registrations view, which hears of every change to reload the registration.
 */
public class ProtectionPanel extends Section {

  private final H3 title = new H3();
  private final Paragraph closing = new Paragraph();
  private final UnorderedList requests = new UnorderedList();
  private final HorizontalLayout actions = new HorizontalLayout();
  private Consumer<Registration> changed = r -> {};
  private Registration shown;

  @Inject CurrentCaller currentCaller;

  @Inject Extensions extensions;

  @Inject Closings closings;

  @Inject LifecycleSettings lifecycle;

  @Inject RegistrationSettings settings;

  public ProtectionPanel() {
    setId("protection-panel");
    title.setText(getTranslation("lifecycle.title"));
    closing.setId("protection-closing");
    requests.setId("protection-requests");
    actions.setId("protection-actions");
    add(title, closing, requests, actions);
  }

  /** Called with the reloaded registration after every change made here. */
  public void onChange(Consumer<Registration> listener) {
    this.changed = listener;
  }

  public void show(Registration registration) {
    shown = registration;
    var caller = currentCaller.get();
    var history = extensions.of(caller, registration.getId());
    showClosing(caller, registration);
    requests.removeAll();
    history.forEach(e -> requests.add(new ListItem(describe(e))));
    actions.removeAll();
    if (caller.isPartner() && LifecycleRules.protectedOn(registration, settings.today())) {
      var open = history.stream().anyMatch(e -> e.getStatus() == ExtensionStatus.OPEN);
      var extend = button("protection-extend", "lifecycle.extension.request", this::askExtension);
      extend.setEnabled(!open);
      actions.add(extend);
      actions.add(
          button("protection-won", "lifecycle.closing.won", () -> askClosing(DealOutcome.WON)));
      actions.add(
          button("protection-lost", "lifecycle.closing.lost", () -> askClosing(DealOutcome.LOST)));
    }
    setVisible(!history.isEmpty() || closing.isVisible() || actions.getComponentCount() > 0);
  }

  private void showClosing(Caller caller, Registration registration) {
    var status = registration.getStatus();
    var closed =
        status == RegistrationStatus.WON || status == RegistrationStatus.LOST
            ? closings.of(caller, registration.getId())
            : Optional.<RegistrationClosing>empty();
    closing.setVisible(closed.isPresent());
    closed.ifPresent(
        c -> {
          var amount =
              c.getActualAmount() == null || c.getCurrency() == null
                  ? "–"
                  : DisplayMoney.format(c.getActualAmount(), c.getCurrency(), getLocale());
          closing.setText(
              getTranslation(
                  LifecycleTexts.outcomeKey(c.getOutcome()) + ".shown",
                  DisplayTime.format(c.getClosedAt()),
                  c.getClosedBy(),
                  amount,
                  c.getReason() == null ? "–" : c.getReason()));
        });
  }

  private String describe(ProtectionExtension e) {
    var text =
        getTranslation(
            "lifecycle.extension.shown",
            DisplayTime.format(e.getRequestedAt()),
            e.getRequestedBy(),
            e.getDays(),
            getTranslation(LifecycleTexts.statusKey(e.getStatus())),
            e.getJustification());
    if (e.getStatus() == ExtensionStatus.APPROVED && e.getExtendedUntil() != null) {
      text += " · " + getTranslation("lifecycle.extension.until", e.getExtendedUntil().toString());
    }
    return e.getDecisionReason() == null ? text : text + " · " + e.getDecisionReason();
  }

  private void askExtension() {
    var registration = shown;
    var dialog = new ExtensionRequestDialog[1];
    dialog[0] =
        new ExtensionRequestDialog(
            registration.getProtectedUntil(),
            lifecycle.extensionMaxDays(),
            form -> request(dialog[0], registration, form));
    dialog[0].open();
  }

  private void request(
      ExtensionRequestDialog dialog, Registration registration, ExtensionForm form) {
    attempt(
        dialog,
        dialog::showProblems,
        () -> {
          extensions.request(currentCaller.get(), registration.getId(), form);
          Notifications.success(getTranslation("lifecycle.extension.requested"));
        });
  }

  private void askClosing(DealOutcome outcome) {
    var registration = shown;
    var dialog = new ClosingDialog[1];
    dialog[0] =
        new ClosingDialog(
            outcome, registration.getCurrency(), form -> close(dialog[0], registration, form));
    dialog[0].open();
  }

  private void close(ClosingDialog dialog, Registration registration, ClosingForm form) {
    attempt(
        dialog,
        dialog::showProblems,
        () -> {
          closings.close(
              currentCaller.get(), registration.getId(), registration.getVersion(), form);
          Notifications.success(
              getTranslation(LifecycleTexts.outcomeKey(form.outcome()) + ".done"));
        });
  }

  /** Runs a change; field problems stay in the dialog, anything else closes it and reloads. */
  private void attempt(Dialog dialog, Predicate<InvalidField> showProblems, Runnable change) {
    try {
      change.run();
      dialog.close();
      changed.accept(shown);
    } catch (InvalidField invalid) {
      if (!showProblems.test(invalid)) {
        Notifications.error(getTranslation("lifecycle.invalid"));
      }
    } catch (StaleRecord stale) {
      dialog.close();
      Notifications.error(getTranslation("lifecycle.stale"));
      changed.accept(shown);
    } catch (RuleViolation violation) {
      dialog.close();
      Notifications.error(getTranslation(LifecycleTexts.ruleKey(violation.code())));
      changed.accept(shown);
    } catch (AccessDenied denied) {
      dialog.close();
      Notifications.error(getTranslation("error.access-denied"));
    }
  }

  private Button button(String id, String key, Runnable action) {
    var button = new Button(getTranslation(key), click -> action.run());
    button.setId(id);
    button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
    return button;
  }
}
