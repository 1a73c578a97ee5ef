package com.channelportal.review.ui;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.base.ui.Notifications;
import com.channelportal.identity.entity.Caller;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.review.boundary.Rulings;
import com.channelportal.review.entity.AppealForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The desk's decisions on a registration inside its detail: for the partner what was ruled and why
 * (the rationale was written for it), what its state means, and the one appeal against a rejection;
 * brand staff also see who decided. Nothing here names another partner: a claim held because
 * another was approved says only that.
 */
public class RulingsPanel extends Section {

  private static final Map<RegistrationStatus, String> EXPLAINED =
      Map.of(
          RegistrationStatus.ON_HOLD, "review.partner.on-hold",
          RegistrationStatus.INFORMATION_REQUESTED, "review.partner.information-requested",
          RegistrationStatus.REJECTED, "review.partner.rejected",
          RegistrationStatus.APPEALED, "review.partner.appealed");

  private final Paragraph meaning = new Paragraph();
  private final UnorderedList list = new UnorderedList();
  private final Button appeal = new Button();
  private final Rulings rulings;
  private final Supplier<Caller> caller;
  private final Consumer<Registration> changed;
  private Registration shown;

  /**
   * @param changed told of the registration after an appeal, to show it again
   */
  public RulingsPanel(Rulings rulings, Supplier<Caller> caller, Consumer<Registration> changed) {
    this.rulings = rulings;
    this.caller = caller;
    this.changed = changed;
    setId("registration-rulings");
    addClassName("registration-rulings");
    meaning.setId("registration-ruling-meaning");
    list.setId("registration-ruling-list");
    appeal.setId("registration-appeal");
    appeal.setText(getTranslation("review.appeal"));
    appeal.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
    appeal.addClickListener(click -> openAppeal());
    add(new H3(getTranslation("review.rulings")), meaning, list, appeal);
  }

  public void show(Registration registration) {
    shown = registration;
    var who = caller.get();
    var all = rulings.of(who, registration.getId());
    setVisible(!all.isEmpty());
    list.removeAll();
    all.forEach(r -> list.add(new ListItem(RulingTexts.line(this, r, who.isBrandStaff()))));
    var key = EXPLAINED.get(registration.getStatus());
    meaning.setVisible(key != null && who.isPartner());
    meaning.setText(key == null ? "" : getTranslation(key));
    appeal.setVisible(who.isPartner() && registration.isAppealable());
  }

  private void openAppeal() {
    new TextDialog(
            "review.appeal",
            false,
            (dialog, draft) -> {
              try {
                var appealed =
                    rulings.appeal(
                        caller.get(),
                        shown.getId(),
                        shown.getVersion(),
                        new AppealForm(draft.getText()));
                dialog.close();
                Notifications.success(getTranslation("review.appealed"));
                changed.accept(appealed);
              } catch (InvalidField invalid) {
                dialog.showProblems(invalid.problems());
              } catch (StaleRecord stale) {
                dialog.close();
                Notifications.error(getTranslation("review.stale"));
              } catch (RuleViolation violation) {
                dialog.close();
                Notifications.error(getTranslation(ReviewTexts.ruleKey(violation.code())));
              } catch (AccessDenied denied) {
                dialog.close();
                Notifications.error(getTranslation("error.access-denied"));
              }
            })
        .open();
  }
}
