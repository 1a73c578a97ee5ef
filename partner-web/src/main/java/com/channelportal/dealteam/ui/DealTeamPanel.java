package com.channelportal.dealteam.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.ui.DisplayTime;
import com.channelportal.base.ui.Notifications;
import com.channelportal.dealteam.boundary.DealTeams;
import com.channelportal.dealteam.entity.DealRole;
import com.channelportal.dealteam.entity.TeamMember;
import com.channelportal.followup.boundary.Deals;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.security.CurrentCaller;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A deal's team: who is on it in which role, and, while the deal is open, a form to add people of
 * the caller's own side and a button to take someone off. Call {@link #show} with the deal.
 */
@Dependent
public class DealTeamPanel extends VerticalLayout {

  /** What the add form edits, before it is sent. */
  static final class NewMember {
    private String username = "";
    private DealRole role;

    String getUsername() {
      return username;
    }

    void setUsername(String username) {
      this.username = username == null ? "" : username;
    }

    DealRole getRole() {
      return role;
    }

    void setRole(DealRole role) {
      this.role = role;
    }
  }

  private final Grid<TeamMember> grid = new Grid<>();
  private final TextField username = new TextField();
  private final ComboBox<DealRole> role = new ComboBox<>();
  private final Button add = new Button();
  private final Span problems = new Span();
  private final Binder<NewMember> binder = new Binder<>();
  private final List<Runnable> changeListeners = new java.util.ArrayList<>();
  private long registrationId;
  private @Nullable String submitter;

  @Inject CurrentCaller currentCaller;

  @Inject DealTeams teams;

  @Inject Deals deals;

  @PostConstruct
  void init() {
    addClassName("deal-team-panel");
    setPadding(false);
    add(new H3(getTranslation("dealteam.team.title")), configureGrid(), createForm(), problems);
    problems.setId("deal-team-problems");
    problems.addClassName("error-text");
    problems.setVisible(false);
  }

  /** Shows the team of this deal; the caller must be allowed to read it. */
  public void show(long registrationId) {
    this.registrationId = registrationId;
    submitter = deals.readable(caller(), registrationId).getSubmittedBy();
    refresh();
  }

  /** Called after the team changed, e.g. so that the tasks panel offers the new member. */
  public void addChangeListener(Runnable listener) {
    changeListeners.add(listener);
  }

  public void refresh() {
    grid.setItems(teams.members(caller(), registrationId));
  }

  private Grid<TeamMember> configureGrid() {
    grid.setId("deal-team-grid");
    grid.addColumn(TeamMember::getUsername)
        .setHeader(getTranslation("dealteam.team.username"))
        .setFlexGrow(1);
    grid.addColumn(m -> getTranslation(DealTeamTexts.roleKey(m.getRole())))
        .setHeader(getTranslation("dealteam.team.role"))
        .setAutoWidth(true);
    grid.addColumn(m -> DisplayTime.format(m.getAddedAt()))
        .setHeader(getTranslation("dealteam.team.added-at"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
    grid.setAllRowsVisible(true);
    // the team is a handful of people: loaded whole
    grid.setEmptyStateText(getTranslation("dealteam.team.empty"));
    return grid;
  }

  private HorizontalLayout createForm() {
    username.setId("deal-team-username");
    username.setLabel(getTranslation("dealteam.team.username"));
    username.setHelperText(getTranslation("dealteam.team.username.help"));
    role.setId("deal-team-role");
    role.setLabel(getTranslation("dealteam.team.role"));
    role.setItemLabelGenerator(r -> getTranslation(DealTeamTexts.roleKey(r)));
    add.setId("deal-team-add");
    add.setText(getTranslation("dealteam.team.add"));
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.addClickListener(click -> addMember());
    binder
        .forField(username)
        .asRequired(getTranslation("dealteam.problem.username.REQUIRED"))
        .bind(NewMember::getUsername, NewMember::setUsername);
    binder
        .forField(role)
        .asRequired(getTranslation("dealteam.problem.role.REQUIRED"))
        .bind(NewMember::getRole, NewMember::setRole);
    binder.readBean(new NewMember());
    var form = new HorizontalLayout(username, role, add);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    return form;
  }

  @Override
  protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    var brand = currentCaller.find().map(Caller::isBrandStaff).orElse(false);
    role.setItems(Arrays.stream(DealRole.values()).filter(r -> r.isBrand() == brand).toList());
  }

  private void addMember() {
    var draft = new NewMember();
    if (!binder.writeBeanIfValid(draft)) {
      return;
    }
    try {
      teams.add(caller(), registrationId, draft.getUsername(), draft.getRole());
      binder.readBean(new NewMember());
      problems.setVisible(false);
      Notifications.success(getTranslation("dealteam.team.added"));
      changed();
    } catch (InvalidField invalid) {
      var unplaced =
          DealTeamTexts.place(this, invalid.problems(), Map.of("username", username, "role", role));
      problems.setText(String.join(" ", unplaced));
      problems.setVisible(!unplaced.isEmpty());
    } catch (RuleViolation violation) {
      Notifications.error(getTranslation(DealTeamTexts.ruleKey(violation.code())));
    }
  }

  /** No button for the submitter, who stays on the team. */
  private Component removeButton(TeamMember member) {
    if (member.getUsername().equals(submitter)) {
      return new Span();
    }
    var remove = new Button(getTranslation("dealteam.team.remove"));
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    remove.setAriaLabel(getTranslation("dealteam.team.remove.aria", member.getUsername()));
    remove.addClickListener(
        click -> {
          try {
            teams.remove(caller(), registrationId, member.getId());
            changed();
          } catch (RuleViolation violation) {
            Notifications.error(getTranslation(DealTeamTexts.ruleKey(violation.code())));
          }
        });
    return remove;
  }

  private void changed() {
    refresh();
    changeListeners.forEach(Runnable::run);
  }

  private Caller caller() {
    return currentCaller.get();
  }
}
