package com.channelportal.review.ui;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.base.ui.DisplayTime;
import com.channelportal.base.ui.Notifications;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.registration.ui.ReasonTexts;
import com.channelportal.review.boundary.ReviewCase;
import com.channelportal.review.boundary.Reviews;
import com.channelportal.review.boundary.Rulings;
import com.channelportal.review.entity.AppealDecisionForm;
import com.channelportal.review.entity.Decision;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * A claim side by side with every record it conflicts with, for the channel manager who rules on
 * it: the customers as each claim described them, aligned field by field with the equal ones
 * highlighted, the matcher's score and reasons, each claim's time and history, and which came
 * first. The other partners are named here: the manager cannot rule without knowing whom a claim
 * competes with, and partners never reach this view.
 */
@Route("review/:id")
@RolesAllowed({"channel-manager", "brand-admin"})
public class ReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  private final H2 title = new H2();
  private final Paragraph summary = new Paragraph();
  private final SideBySide sideBySide = new SideBySide();
  private final UnorderedList claims = new UnorderedList();
  private final UnorderedList rulingList = new UnorderedList();
  private final HorizontalLayout actions = new HorizontalLayout();
  private ReviewCase shown;

  @Inject CurrentCaller currentCaller;

  @Inject Reviews reviews;

  @Inject Rulings rulings;

  @PostConstruct
  void init() {
    addClassName("review-view");
    title.setId("review-title");
    summary.setId("review-summary");
    claims.setId("review-claims");
    rulingList.setId("review-rulings");
    actions.setId("review-actions");
    add(
        title,
        summary,
        actions,
        new H3(getTranslation("review.side-by-side")),
        sideBySide,
        new H3(getTranslation("review.claims")),
        claims,
        new H3(getTranslation("review.rulings")),
        rulingList);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("review.page-title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var id = event.getRouteParameters().getLong("id");
    if (id.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    try {
      show(reviews.get(caller(), id.get()));
    } catch (RecordNotFound | AccessDenied outsideScope) {
      event.rerouteToError(NotFoundException.class);
    }
  }

  private void show(ReviewCase review) {
    shown = review;
    var r = review.registration();
    title.setText(orDash(r.getNumber()) + " · " + orDash(r.getCustomer().getName()));
    var status = getTranslation(ReviewTexts.statusKey(r.getStatus()));
    summary.setText(
        getTranslation(
            "review.summary",
            review.partnerName(),
            status,
            DisplayTime.format(r.getSubmittedAt()),
            review.claims().size()));
    sideBySide.show(review);
    showClaims(review);
    rulingList.removeAll();
    review
        .rulings()
        .forEach(ruling -> rulingList.add(new ListItem(RulingTexts.line(this, ruling, true))));
    if (review.rulings().isEmpty()) {
      rulingList.add(new ListItem(getTranslation("review.rulings.none")));
    }
    showActions(r);
  }

  private void showClaims(ReviewCase review) {
    claims.removeAll();
    for (var claim : review.claims()) {
      var item = new ListItem();
      item.addClassName("review-claim");
      var head =
          new Span(
              SideBySide.label(this, claim)
                  + " · "
                  + getTranslation("review.claim.score", claim.score().toPlainString())
                  + " · "
                  + getTranslation(
                      "review.claim.claimed-at", DisplayTime.format(claim.claimedAt())));
      head.addClassName("review-claim-head");
      item.add(head);
      if (claim.key().equals(review.earliest())) {
        var earliest = new Span(getTranslation("review.claim.earliest"));
        earliest.getElement().getThemeList().add("badge success");
        earliest.addClassName("review-earliest");
        item.add(earliest);
      }
      var reasons = new UnorderedList();
      reasons.addClassName("review-reasons");
      ReasonTexts.describe(claim.reasons(), this::getTranslation)
          .forEach(text -> reasons.add(new ListItem(text)));
      item.add(reasons);
      if (claim.registration() != null) {
        var history = new UnorderedList();
        history.addClassName("review-history");
        claim
            .registration()
            .getHistory()
            .forEach(step -> history.add(new ListItem(RulingTexts.step(this, step))));
        item.add(history);
      }
      claims.add(item);
    }
    if (review
        .earliest()
        .equals(
            new ReviewCase.Claim.Key(
                com.channelportal.matching.entity.CandidateKind.REGISTRATION,
                review.registration().getId()))) {
      var earliest = new ListItem(getTranslation("review.claim.this-earliest"));
      earliest.addClassName("review-earliest");
      claims.addComponentAsFirst(earliest);
    }
  }

  private void showActions(Registration r) {
    actions.removeAll();
    var status = r.getStatus();
    if (status == RegistrationStatus.UNDER_REVIEW || status == RegistrationStatus.ON_HOLD) {
      var rule = new Button(getTranslation("review.rule"), click -> openRuling());
      rule.setId("review-rule");
      rule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.add(rule);
    }
    if (status == RegistrationStatus.APPEALED && caller().hasRole(Role.BRAND_ADMIN)) {
      var decide =
          new Button(getTranslation("review.decide-appeal"), click -> openAppealDecision());
      decide.setId("review-decide-appeal");
      decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.add(decide);
    }
    var back =
        new Button(
            getTranslation("review.back"),
            click -> getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class)));
    back.setId("review-back");
    back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    actions.add(back);
  }

  private void openRuling() {
    var decisions = new ArrayList<>(List.of(Decision.values()));
    var dialog = new RulingDialog(decisions, true);
    dialog.addSaveListener(
        save ->
            change(
                () -> {
                  var r = shown.registration();
                  rulings.rule(caller(), r.getId(), r.getVersion(), save.draft().toForm());
                  dialog.close();
                  Notifications.success(getTranslation("review.ruled"));
                },
                dialog::showProblems));
    dialog.open();
  }

  private void openAppealDecision() {
    new TextDialog(
            "review.appeal-decision",
            true,
            (dialog, draft) ->
                change(
                    () -> {
                      var r = shown.registration();
                      rulings.decideAppeal(
                          caller(),
                          r.getId(),
                          r.getVersion(),
                          new AppealDecisionForm(draft.getDecision(), draft.getText()));
                      dialog.close();
                      Notifications.success(getTranslation("review.appeal-decided"));
                    },
                    dialog::showProblems))
        .open();
  }

  private void change(
      Runnable change, java.util.function.Consumer<List<InvalidField.Problem>> problems) {
    try {
      change.run();
      reload();
    } catch (InvalidField invalid) {
      problems.accept(invalid.problems());
    } catch (StaleRecord stale) {
      reload();
      Notifications.error(getTranslation("review.stale"));
    } catch (RuleViolation violation) {
      Notifications.error(getTranslation(ReviewTexts.ruleKey(violation.code())));
    } catch (AccessDenied denied) {
      Notifications.error(getTranslation("error.access-denied"));
    }
  }

  private void reload() {
    show(reviews.get(caller(), shown.registration().getId()));
  }

  private Caller caller() {
    return currentCaller.get();
  }

  static String orDash(String value) {
    return value == null || value.isBlank() ? "–" : value;
  }
}
