package com.channelportal.registration.ui;

import com.channelportal.base.ui.DisplayMoney;
import com.channelportal.base.ui.DisplayTime;
import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.registration.entity.StatusChange;
import com.channelportal.review.entity.ReasonCode;
import com.channelportal.review.ui.ReviewTexts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One registration as its partner and the brand's staff read it: every field, the product lines,
 * the status history with who changed what when, and the outcome. The partner's actions follow the
 * state machine (edit and submit a draft, withdraw until the deal is closed); submitting and
 * withdrawing ask for confirmation, since neither can be undone.
 */
class RegistrationDetail extends Section {

  enum Action {
    EDIT,
    SUBMIT,
    WITHDRAW,
    CLOSE
  }

  private final H3 title = new H3();
  private final Span status = new Span();
  private final Paragraph outcome = new Paragraph();
  private final DescriptionList facts = new DescriptionList();
  private final UnorderedList lines = new UnorderedList();
  private final UnorderedList history = new UnorderedList();
  private final ConflictsPanel conflicts = new ConflictsPanel();
  private final HorizontalLayout actions = new HorizontalLayout();

  RegistrationDetail() {
    setId("registration-detail");
    addClassName("registration-detail");
    title.setId("registration-title");
    status.setId("registration-status");
    outcome.setId("registration-outcome");
    facts.setId("registration-facts");
    lines.setId("registration-lines-list");
    history.setId("registration-history");
    var header = new HorizontalLayout(title, status);
    header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    add(
        header,
        outcome,
        facts,
        new H3(getTranslation("registration.lines")),
        lines,
        new H3(getTranslation("registration.history")),
        history,
        conflicts,
        actions);
  }

  /**
   * @param partnerName the partner company, shown to brand staff; null for the partner itself
   * @param actionable whether the caller is the registration's partner and may act on it
   */
  void show(Registration r, @Nullable String partnerName, boolean actionable) {
    title.setText(
        (r.getNumber() == null ? getTranslation("registration.number.none") : r.getNumber())
            + " · "
            + orDash(r.getCustomer().getName()));
    status.setText(getTranslation(RegistrationTexts.statusKey(r.getStatus())));
    status.setClassName("status-badge status-" + r.getStatus().name().toLowerCase(Locale.ROOT));
    showOutcome(r);
    showFacts(r, partnerName);
    lines.removeAll();
    r.getLines()
        .forEach(
            l ->
                lines.add(
                    new ListItem(
                        getTranslation("registration.line", l.getProduct(), l.getQuantity()))));
    history.removeAll();
    r.getHistory().forEach(change -> history.add(new ListItem(step(change))));
    conflicts.setVisible(false);
    showActions(r, actionable);
  }

  ConflictsPanel conflicts() {
    conflicts.setVisible(true);
    return conflicts;
  }

  com.vaadin.flow.shared.Registration addActionListener(
      ComponentEventListener<ActionEvent> listener) {
    return addListener(ActionEvent.class, listener);
  }

  private void showOutcome(Registration r) {
    outcome.setVisible(true);
    if (r.getStatus() == RegistrationStatus.APPROVED && r.getProtectedUntil() != null) {
      outcome.setText(
          getTranslation("registration.outcome.approved", r.getProtectedUntil().toString()));
    } else if (r.getStatus() == RegistrationStatus.UNDER_REVIEW) {
      outcome.setText(getTranslation("registration.outcome.under-review"));
    } else if (r.getStatus() == RegistrationStatus.DRAFT) {
      outcome.setText(getTranslation("registration.outcome.draft"));
    } else {
      outcome.setVisible(false);
    }
  }

  private void showFacts(Registration r, @Nullable String partnerName) {
    facts.removeAll();
    if (partnerName != null) {
      term("registration.partner", partnerName);
    }
    CustomerDetails c = r.getCustomer();
    term("registration.customer.name", c.getName());
    term("registration.customer.uscc", c.getUscc());
    term("registration.customer.industry", join(" / ", c.getIndustry(), c.getSubIndustry()));
    term("registration.customer.phone", c.getPhone());
    term("registration.customer.email", c.getEmail());
    term("registration.customer.website", c.getWebsite());
    term("registration.customer.address", join(" ", c.getProvince(), c.getCity(), c.getAddress()));
    term(
        "registration.contact",
        join(" · ", r.getContactName(), r.getContactPhone(), r.getContactEmail()));
    term(
        "registration.amount",
        DisplayMoney.format(r.getEstimatedAmount(), r.getCurrency(), getLocale()));
    term(
        "registration.budget",
        DisplayMoney.format(r.getCustomerBudget(), r.getCurrency(), getLocale()));
    term("registration.close-date", date(r.getExpectedCloseDate()));
    term("registration.bid-date", date(r.getBidDate()));
    term(
        "registration.probability",
        r.getWinProbability() == null ? null : r.getWinProbability() + "%");
    term(
        "registration.stage",
        r.getStage() == null ? null : getTranslation(RegistrationTexts.stageKey(r.getStage())));
    term("registration.notes", r.getNotes());
    term("registration.created", DisplayTime.format(r.getCreatedAt()) + " · " + r.getCreatedBy());
    if (r.getSubmittedAt() != null) {
      term(
          "registration.submitted-at",
          DisplayTime.format(r.getSubmittedAt()) + " · " + r.getSubmittedBy());
    }
    term("registration.protected-until", date(r.getProtectedUntil()));
  }

  private String step(StatusChange change) {
    var to = getTranslation(RegistrationTexts.statusKey(change.getTo()));
    var move =
        change.getFrom() == null
            ? to
            : getTranslation(RegistrationTexts.statusKey(change.getFrom())) + " → " + to;
    var text = DisplayTime.format(change.getAt()) + " · " + move + " · " + by(change.getBy());
    var note = note(change);
    return note == null ? text : text + " · " + note;
  }

  /** A rejection's note is its reason code, which the reader gets in words. */
  private @Nullable String note(StatusChange change) {
    var note = change.getNote();
    if (change.getTo() == RegistrationStatus.REJECTED && note != null) {
      for (var code : ReasonCode.values()) {
        if (code.name().equals(note)) {
          return getTranslation(ReviewTexts.reasonKey(code));
        }
      }
    }
    return note;
  }

  private String by(String username) {
    return "system".equals(username) ? getTranslation("registration.history.system") : username;
  }

  private void showActions(Registration r, boolean actionable) {
    actions.removeAll();
    if (actionable && r.getStatus() == RegistrationStatus.DRAFT) {
      actions.add(
          button(
              "registration-edit", "registration.edit", Action.EDIT, ButtonVariant.LUMO_PRIMARY));
      actions.add(
          button(
              "registration-submit-now",
              "registration.submit",
              Action.SUBMIT,
              ButtonVariant.LUMO_SUCCESS));
    }
    if (actionable && r.getStatus() == RegistrationStatus.INFORMATION_REQUESTED) {
      actions.add(
          button(
              "registration-resubmit", "review.resubmit", Action.EDIT, ButtonVariant.LUMO_PRIMARY));
    }
    if (actionable && r.getStatus().canBecome(RegistrationStatus.WITHDRAWN)) {
      actions.add(
          button(
              "registration-withdraw",
              "registration.withdraw",
              Action.WITHDRAW,
              ButtonVariant.LUMO_ERROR));
    }
    if (r.getStatus() != RegistrationStatus.DRAFT) {
      // by URL, not by class: the deal workspace is follow-up's, which depends on registration
      var deal = new Anchor("deals/" + r.getId(), getTranslation("followup.open-deal"));
      deal.setId("registration-open-deal");
      actions.add(deal);
    }
    actions.add(
        button("registration-close", "action.close", Action.CLOSE, ButtonVariant.LUMO_TERTIARY));
  }

  private Button button(String id, String key, Action action, ButtonVariant variant) {
    var button = new Button(getTranslation(key), click -> ask(action));
    button.setId(id);
    button.addThemeVariants(variant);
    return button;
  }

  private void ask(Action action) {
    if (action == Action.SUBMIT) {
      SubmitConfirmation.open(() -> fireEvent(new ActionEvent(this, action, null)));
    } else if (action == Action.WITHDRAW) {
      askForWithdrawal();
    } else {
      fireEvent(new ActionEvent(this, action, null));
    }
  }

  private void askForWithdrawal() {
    var dialog = new Dialog(getTranslation("registration.withdraw.confirm.title"));
    dialog.setId("withdraw-dialog");
    var reason = new TextArea(getTranslation("registration.withdraw.reason"));
    reason.setId("withdraw-reason");
    reason.setMaxLength(StatusChange.NOTE_MAX_LENGTH);
    reason.setWidthFull();
    dialog.add(new Paragraph(getTranslation("registration.withdraw.confirm.text")), reason);
    var confirm =
        new Button(
            getTranslation("registration.withdraw"),
            click -> {
              dialog.close();
              fireEvent(new ActionEvent(this, Action.WITHDRAW, reason.getValue()));
            });
    confirm.setId("withdraw-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    dialog
        .getFooter()
        .add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
    dialog.open();
  }

  private void term(String key, @Nullable String value) {
    facts.add(new Term(getTranslation(key)), new Description(orDash(value)));
  }

  private static @Nullable String date(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static @Nullable String join(String separator, @Nullable String... parts) {
    var joined =
        Stream.of(parts)
            .filter(p -> p != null && !p.isBlank())
            .collect(Collectors.joining(separator));
    return joined.isEmpty() ? null : joined;
  }

  private static String orDash(@Nullable String value) {
    return value == null || value.isBlank() ? "–" : value;
  }

  static class ActionEvent extends ComponentEvent<RegistrationDetail> {
    private final Action action;
    private final @Nullable String reason;

    ActionEvent(RegistrationDetail source, Action action, @Nullable String reason) {
      super(source, false);
      this.action = action;
      this.reason = reason;
    }

    Action action() {
      return action;
    }

    @Nullable String reason() {
      return reason;
    }
  }
}
