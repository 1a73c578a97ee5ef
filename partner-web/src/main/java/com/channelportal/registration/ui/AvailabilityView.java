package com.channelportal.registration.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.TooManyRequests;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.registration.boundary.Availability;
import com.channelportal.registration.entity.AvailabilityAnswer;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * The blind availability check: before registering, a partner asks whether a customer is free. The
 * answer is one of three sentences and never names who holds a claim; asking is counted per user,
 * because a thousand questions would map the other partners' customers.
 */
@Route("availability")
@Menu(order = 21, icon = "vaadin:search", title = "menu.availability")
@RolesAllowed("partner-user")
public class AvailabilityView extends Main implements HasDynamicTitle {

  private final TextField query = new TextField();
  private final Button check = new Button();
  private final Paragraph answer = new Paragraph();

  @Inject CurrentCaller currentCaller;

  @Inject Availability availability;

  @PostConstruct
  void init() {
    addClassName("availability-view");
    query.setId("availability-query");
    query.setLabel(getTranslation("availability.query"));
    query.setHelperText(getTranslation("availability.query.help"));
    query.setWidth("min(36rem, 100%)");
    query.setClearButtonVisible(true);
    check.setId("availability-check");
    check.setText(getTranslation("availability.check"));
    check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    check.addClickShortcut(Key.ENTER);
    check.addClickListener(click -> check());
    answer.setId("availability-answer");
    answer.addClassName("availability-answer");
    answer.setVisible(false);
    var form = new HorizontalLayout(query, check);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    add(
        new H2(getTranslation("availability.title")),
        new Paragraph(getTranslation("availability.lead")),
        form,
        answer);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("availability.page-title");
  }

  private void check() {
    query.setInvalid(false);
    answer.setVisible(false);
    try {
      show(availability.check(currentCaller.get(), query.getValue()));
    } catch (InvalidField invalid) {
      var problem = invalid.problems().get(0);
      query.setErrorMessage(
          getTranslation(RegistrationTexts.invalidKey(problem.field(), problem.reason())));
      query.setInvalid(true);
    } catch (TooManyRequests tooMany) {
      var minutes = Math.max(1, (tooMany.retryAfter().toSeconds() + 59) / 60);
      answer.setText(getTranslation("availability.too-many", minutes));
      answer.setClassName("availability-answer availability-limited");
      answer.setVisible(true);
    }
  }

  private void show(AvailabilityAnswer result) {
    var date =
        result instanceof AvailabilityAnswer.ProtectedUntil protectedUntil
            ? protectedUntil.date().toString()
            : "";
    answer.setText(getTranslation(RegistrationTexts.answerKey(result.kind()), date));
    answer.setClassName(
        "availability-answer availability-"
            + result.kind().name().toLowerCase(java.util.Locale.ROOT));
    answer.setVisible(true);
  }
}
