package com.channelportal.dealteam.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.base.ui.DisplayTime;
import com.channelportal.base.ui.IsoDates;
import com.channelportal.base.ui.Notifications;
import com.channelportal.dealteam.boundary.DealTasks;
import com.channelportal.dealteam.boundary.DealTeams;
import com.channelportal.dealteam.entity.DealTask;
import com.channelportal.dealteam.entity.TaskComment;
import com.channelportal.dealteam.entity.TaskForm;
import com.channelportal.dealteam.entity.TaskStatus;
import com.channelportal.dealteam.entity.TeamMember;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.security.CurrentCaller;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A deal's tasks, shared by both sides: the list by due day with overdue ones flagged (in the
 * caller's time zone), a form for a new task for someone on the team, and the selected task's
 * status buttons and comment thread, where a picker inserts {@code @username} mentions. Call {@link
 * #show} with the deal.
 */
@Dependent
public class DealTasksPanel extends VerticalLayout {

  private final Grid<DealTask> grid = new Grid<>();
  private final TextField title = new TextField();
  private final TextArea description = new TextArea();
  private final ComboBox<String> assignee = new ComboBox<>();
  private final DatePicker dueDate = new DatePicker();
  private final Button create = new Button();
  private final Binder<TaskDraft> binder = new Binder<>();
  private final Span problems = new Span();
  private final Div detail = new Div();
  private final H4 detailTitle = new H4();
  private final Paragraph detailLine = new Paragraph();
  private final HorizontalLayout statusActions = new HorizontalLayout();
  private final UnorderedList comments = new UnorderedList();
  private final ComboBox<String> mention = new ComboBox<>();
  private final TextArea comment = new TextArea();
  private final Button send = new Button();
  private long registrationId;
  private @Nullable DealTask selected;
  private LocalDate today = LocalDate.now();

  @Inject CurrentCaller currentCaller;

  @Inject DealTasks tasks;

  @Inject DealTeams teams;

  @PostConstruct
  void init() {
    addClassName("deal-tasks-panel");
    setPadding(false);
    problems.setId("deal-task-problems");
    problems.addClassName("error-text");
    problems.setVisible(false);
    add(
        new H3(getTranslation("dealteam.tasks.title")),
        configureGrid(),
        createForm(),
        problems,
        createDetail());
  }

  /** Shows the tasks of this deal; the caller must be allowed to read it. */
  public void show(long registrationId) {
    this.registrationId = registrationId;
    today = tasks.today(caller());
    refreshTeam();
    grid.getDataProvider().refreshAll();
    select(null);
  }

  /** Offers the team as it is now, e.g. after someone joined it. */
  public void refreshTeam() {
    var usernames =
        teams.members(caller(), registrationId).stream().map(TeamMember::getUsername).toList();
    assignee.setItems(usernames);
    mention.setItems(usernames);
  }

  private Grid<DealTask> configureGrid() {
    grid.setId("deal-tasks-grid");
    grid.addColumn(DealTask::getTitle)
        .setHeader(getTranslation("dealteam.task.title"))
        .setFlexGrow(1);
    grid.addColumn(DealTask::getAssignee)
        .setHeader(getTranslation("dealteam.task.assignee"))
        .setAutoWidth(true);
    grid.addComponentColumn(t -> TaskBadges.due(this, t, today))
        .setHeader(getTranslation("dealteam.task.due-date"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(t -> TaskBadges.status(this, t.getStatus()))
        .setHeader(getTranslation("dealteam.task.status"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(
        query -> tasks.list(caller(), registrationId, query.getOffset(), query.getLimit()).stream(),
        query -> (int) tasks.count(caller(), registrationId));
    grid.setEmptyStateText(getTranslation("dealteam.tasks.empty"));
    grid.asSingleSelect().addValueChangeListener(change -> select(change.getValue()));
    grid.setAllRowsVisible(true);
    return grid;
  }

  private FormLayout createForm() {
    title.setId("deal-task-title");
    title.setLabel(getTranslation("dealteam.task.title"));
    title.setMaxLength(TaskForm.TITLE_MAX_LENGTH);
    description.setId("deal-task-description");
    description.setLabel(getTranslation("dealteam.task.description"));
    description.setMaxLength(TaskForm.DESCRIPTION_MAX_LENGTH);
    assignee.setId("deal-task-assignee");
    assignee.setLabel(getTranslation("dealteam.task.assignee"));
    dueDate.setId("deal-task-due-date");
    dueDate.setLabel(getTranslation("dealteam.task.due-date"));
    IsoDates.configure(dueDate);
    create.setId("deal-task-create");
    create.setText(getTranslation("dealteam.task.create"));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(click -> createTask());
    binder
        .forField(title)
        .asRequired(getTranslation("dealteam.problem.title.REQUIRED"))
        .bind(TaskDraft::getTitle, TaskDraft::setTitle);
    binder.forField(description).bind(TaskDraft::getDescription, TaskDraft::setDescription);
    binder
        .forField(assignee)
        .asRequired(getTranslation("dealteam.problem.assignee.REQUIRED"))
        .bind(TaskDraft::getAssignee, TaskDraft::setAssignee);
    binder
        .forField(dueDate)
        .asRequired(getTranslation("dealteam.problem.dueDate.REQUIRED"))
        .bind(TaskDraft::getDueDate, TaskDraft::setDueDate);
    binder.readBean(new TaskDraft());
    var form = new FormLayout(title, assignee, dueDate, description, create);
    form.setColspan(description, 2);
    return form;
  }

  private Div createDetail() {
    detail.setId("deal-task-detail");
    detailTitle.setId("deal-task-detail-title");
    statusActions.setId("deal-task-status-actions");
    comments.setId("deal-task-comments");
    mention.setId("deal-task-mention");
    mention.setLabel(getTranslation("dealteam.comment.mention"));
    mention.setHelperText(getTranslation("dealteam.comment.mention.help"));
    mention.addValueChangeListener(
        change -> {
          if (change.getValue() != null && change.isFromClient()) {
            insertMention(change.getValue());
          }
        });
    comment.setId("deal-task-comment");
    comment.setLabel(getTranslation("dealteam.comment.text"));
    comment.setWidthFull();
    send.setId("deal-task-comment-send");
    send.setText(getTranslation("dealteam.comment.send"));
    send.addClickListener(click -> sendComment());
    var compose = new HorizontalLayout(mention, send);
    compose.setAlignItems(FlexComponent.Alignment.BASELINE);
    detail.add(
        detailTitle,
        detailLine,
        statusActions,
        new H4(getTranslation("dealteam.comments.title")),
        comments,
        comment,
        compose);
    detail.setVisible(false);
    return detail;
  }

  private void createTask() {
    var draft = new TaskDraft();
    if (!binder.writeBeanIfValid(draft)) {
      return;
    }
    try {
      var task = tasks.create(caller(), registrationId, draft.toForm());
      binder.readBean(new TaskDraft());
      problems.setVisible(false);
      Notifications.success(getTranslation("dealteam.task.created"));
      grid.getDataProvider().refreshAll();
      select(task);
    } catch (InvalidField invalid) {
      showProblems(
          invalid,
          Map.of(
              TaskForm.TITLE, title,
              TaskForm.DESCRIPTION, description,
              TaskForm.ASSIGNEE, assignee,
              TaskForm.DUE_DATE, dueDate));
    } catch (RuleViolation violation) {
      Notifications.error(getTranslation(DealTeamTexts.ruleKey(violation.code())));
    }
  }

  private void select(@Nullable DealTask task) {
    selected = task;
    detail.setVisible(task != null);
    if (task == null) {
      return;
    }
    detailTitle.setText(task.getTitle());
    detailLine.setText(
        getTranslation(
            "dealteam.task.line",
            task.getAssignee(),
            task.getDueDate().toString(),
            getTranslation(DealTeamTexts.statusKey(task.getStatus())),
            task.getCreatedBy()));
    statusActions.removeAll();
    for (var target : task.getStatus().next()) {
      var button = new Button(getTranslation(DealTeamTexts.transitionKey(target)));
      button.setId("deal-task-to-" + DealTeamTexts.cssName(target));
      button.addClickListener(click -> moveTo(target));
      statusActions.add(button);
    }
    showComments();
  }

  private void moveTo(TaskStatus target) {
    var task = selected;
    if (task == null) {
      return;
    }
    try {
      var changed =
          tasks.update(
              caller(),
              registrationId,
              task.getId(),
              task.getVersion(),
              new TaskForm(null, null, null, null, target));
      grid.getDataProvider().refreshAll();
      select(changed);
    } catch (StaleRecord stale) {
      Notifications.error(getTranslation("dealteam.task.stale"));
      grid.getDataProvider().refreshAll();
      select(tasks.get(caller(), registrationId, task.getId()));
    } catch (InvalidField invalid) {
      Notifications.error(
          String.join(" ", DealTeamTexts.place(this, invalid.problems(), Map.of())));
    } catch (RuleViolation violation) {
      Notifications.error(getTranslation(DealTeamTexts.ruleKey(violation.code())));
    }
  }

  private void showComments() {
    var task = selected;
    comments.removeAll();
    if (task == null) {
      return;
    }
    List<TaskComment> thread = tasks.comments(caller(), registrationId, task.getId());
    for (var c : thread) {
      var item =
          new ListItem(
              getTranslation(
                  "dealteam.comment.line",
                  c.getAuthor(),
                  DisplayTime.format(c.getCreatedAt(), tasks.zone(caller())),
                  c.getText()));
      item.addClassName("deal-task-comment");
      comments.add(item);
    }
    if (thread.isEmpty()) {
      comments.add(new ListItem(getTranslation("dealteam.comments.none")));
    }
  }

  private void insertMention(String username) {
    var text = comment.getValue();
    var separator = text.isEmpty() || text.endsWith(" ") ? "" : " ";
    comment.setValue(text + separator + "@" + username + " ");
    mention.clear();
    comment.focus();
  }

  private void sendComment() {
    var task = selected;
    if (task == null) {
      return;
    }
    if (comment.getValue().isBlank()) {
      comment.setErrorMessage(getTranslation("dealteam.problem.text.REQUIRED"));
      comment.setInvalid(true);
      return;
    }
    try {
      tasks.comment(caller(), registrationId, task.getId(), comment.getValue());
      comment.clear();
      comment.setInvalid(false);
      showComments();
    } catch (InvalidField invalid) {
      var unplaced = DealTeamTexts.place(this, invalid.problems(), Map.of());
      comment.setErrorMessage(String.join(" ", unplaced));
      comment.setInvalid(true);
    } catch (RuleViolation violation) {
      Notifications.error(getTranslation(DealTeamTexts.ruleKey(violation.code())));
    }
  }

  private void showProblems(
      InvalidField invalid, Map<String, com.vaadin.flow.component.HasValidation> fields) {
    var unplaced = DealTeamTexts.place(this, invalid.problems(), fields);
    problems.setText(String.join(" ", unplaced));
    problems.setVisible(!unplaced.isEmpty());
  }

  private Caller caller() {
    return currentCaller.get();
  }
}
