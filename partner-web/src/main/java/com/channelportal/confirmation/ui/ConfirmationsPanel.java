package com.channelportal.confirmation.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.TooManyRequests;
import com.channelportal.base.ui.DisplayTime;
import com.channelportal.base.ui.Notifications;
import com.channelportal.confirmation.boundary.Confirmations;
import com.channelportal.confirmation.control.ConfirmationRules;
import com.channelportal.confirmation.entity.ConfirmationForm;
import com.channelportal.confirmation.entity.ConfirmationState;
import com.channelportal.confirmation.entity.CustomerConfirmation;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.registration.entity.Registration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A registration's customer confirmations beside its detail: the requests with their state for the
 * partner and brand staff, and for the partner the form that asks the customer's contact.
 */
public class ConfirmationsPanel extends Section {

  private final UnorderedList requests = new UnorderedList();
  private final Paragraph none = new Paragraph();
  private final EmailField email = new EmailField();
  private final TextField name = new TextField();
  private final Select<String> language = new Select<>();
  private final Button send = new Button();
  private final HorizontalLayout form = new HorizontalLayout();
  private Registration registration;

  @Inject CurrentCaller currentCaller;

  @Inject Confirmations confirmations;

  @PostConstruct
  void init() {
    setId("registration-confirmations");
    addClassName("registration-confirmations");
    requests.setId("confirmation-list");
    none.setText(getTranslation("confirmation.none"));
    email.setId("confirmation-email");
    email.setLabel(getTranslation("confirmation.email"));
    email.setMaxLength(CustomerConfirmation.EMAIL_MAX_LENGTH);
    name.setId("confirmation-name");
    name.setLabel(getTranslation("confirmation.name"));
    name.setMaxLength(CustomerConfirmation.NAME_MAX_LENGTH);
    language.setId("confirmation-language");
    language.setLabel(getTranslation("confirmation.language"));
    language.setItems(ConfirmationRules.CHINESE, ConfirmationRules.ENGLISH);
    language.setItemLabelGenerator(
        l ->
            ConfirmationRules.ENGLISH.equals(l)
                ? getTranslation("language.en")
                : getTranslation("language.zh-CN"));
    language.setValue(ConfirmationRules.CHINESE);
    send.setId("confirmation-send");
    send.setText(getTranslation("confirmation.send"));
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(click -> request());
    form.add(email, name, language, send);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    add(new H3(getTranslation("confirmation.title")), none, requests, form);
  }

  /** Shows the registration's requests; the form only to its partner while it can be asked. */
  public void show(Registration shown) {
    this.registration = shown;
    var caller = currentCaller.get();
    form.setVisible(caller.isPartner() && ConfirmationRules.askable(shown.getStatus()));
    refresh();
  }

  private void refresh() {
    List<CustomerConfirmation> all = confirmations.of(currentCaller.get(), registration.getId());
    requests.removeAll();
    all.forEach(c -> requests.add(new ListItem(line(c))));
    none.setVisible(all.isEmpty());
  }

  private String line(CustomerConfirmation c) {
    var state = confirmations.stateOf(c);
    var text =
        c.getContactEmail()
            + " · "
            + getTranslation(stateKey(state))
            + " · "
            + getTranslation("confirmation.requested", DisplayTime.format(c.getRequestedAt()));
    if (c.getAnsweredAt() != null) {
      text +=
          " · "
              + getTranslation(
                  "confirmation.answered",
                  DisplayTime.format(c.getAnsweredAt()),
                  c.getClientAddress() == null ? "–" : c.getClientAddress());
    }
    return c.getComment() == null ? text : text + " · " + c.getComment();
  }

  /** The bundle key of a request's state, for every view that shows one. */
  public static String stateKey(ConfirmationState state) {
    switch (state) {
      case OPEN:
        return "confirmation.state.open";
      case CONFIRMED:
        return "confirmation.state.confirmed";
      case DENIED:
        return "confirmation.state.denied";
      default:
        return "confirmation.state.expired";
    }
  }

  private void request() {
    email.setInvalid(false);
    name.setInvalid(false);
    var input = new ConfirmationForm(email.getValue(), name.getValue(), language.getValue());
    try {
      confirmations.request(currentCaller.get(), registration.getId(), input);
      Notifications.success(getTranslation("confirmation.sent", email.getValue()));
      email.clear();
      name.clear();
      refresh();
    } catch (InvalidField invalid) {
      invalid.problems().forEach(this::mark);
    } catch (TooManyRequests tooMany) {
      Notifications.error(getTranslation("confirmation.too-many"));
    } catch (RuleViolation | RecordNotFound refused) {
      Notifications.error(getTranslation("confirmation.not-askable"));
    }
  }

  private void mark(InvalidField.Problem problem) {
    if (ConfirmationForm.NAME.equals(problem.field())) {
      name.setErrorMessage(getTranslation("confirmation.invalid.name"));
      name.setInvalid(true);
    } else {
      email.setErrorMessage(getTranslation("confirmation.invalid.email"));
      email.setInvalid(true);
    }
  }
}
