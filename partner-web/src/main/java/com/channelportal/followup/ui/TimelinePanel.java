package com.channelportal.followup.ui;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.base.ui.DisplayTime;
import com.channelportal.base.ui.Notifications;
import com.channelportal.followup.boundary.ActivityFilter;
import com.channelportal.followup.boundary.DealActivities;
import com.channelportal.followup.boundary.DealAttachments;
import com.channelportal.followup.boundary.Deals;
import com.channelportal.followup.boundary.TimelineExports;
import com.channelportal.followup.entity.AuthorSide;
import com.channelportal.followup.entity.DealActivity;
import com.channelportal.followup.entity.DealActivityKind;
import com.channelportal.followup.entity.DealAttachment;
import com.channelportal.followup.entity.Visibility;
import com.channelportal.identity.entity.Caller;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A deal's timeline, newest first, filtered by kind and author: a lazy grid whose rows show the
 * activity's texts, its files as download links, and, for brand staff, which items are internal.
 * The caller's own activities, while the deal is open, have "edit" and "delete"; system entries
 * (stage changes) and other people's have neither, as the domain would refuse them anyway.
 */
class TimelinePanel extends Section {

  private final Select<DealActivityKind> kind = new Select<>();
  private final TextField author = new TextField();
  private final Button log = new Button();
  private final Anchor export = new Anchor();
  private final Grid<DealActivity> grid = new Grid<>();
  private final Map<Long, List<DealAttachment>> files = new ConcurrentHashMap<>();
  private final DealActivities activities;
  private final DealAttachments attachments;
  private final TimelineExports exports;
  private final Caller caller;
  private final ZoneId zone;
  private Consumer<DealActivity> editListener = activity -> {};
  private long registrationId;
  private boolean open;

  TimelinePanel(
      DealActivities activities,
      DealAttachments attachments,
      TimelineExports exports,
      Caller caller,
      ZoneId zone) {
    this.activities = activities;
    this.attachments = attachments;
    this.exports = exports;
    this.caller = caller;
    this.zone = zone;
    setId("deal-timeline");
    kind.setId("timeline-filter-kind");
    kind.setLabel(getTranslation("followup.activity.kind"));
    kind.setItems(DealActivityKind.values());
    kind.setEmptySelectionAllowed(true);
    kind.setEmptySelectionCaption(getTranslation("followup.filter.all"));
    kind.setItemLabelGenerator(
        k ->
            k == null
                ? getTranslation("followup.filter.all")
                : getTranslation(TimelineTexts.kindKey(k)));
    kind.addValueChangeListener(change -> refresh());
    author.setId("timeline-filter-author");
    author.setLabel(getTranslation("followup.filter.author"));
    author.setClearButtonVisible(true);
    author.setValueChangeMode(ValueChangeMode.LAZY);
    author.addValueChangeListener(change -> refresh());
    log.setId("timeline-log");
    log.setText(getTranslation("followup.activity.log"));
    log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    export.setId("timeline-export");
    export.setText(getTranslation("followup.export.csv"));
    export.getElement().setAttribute("download", true);
    var toolbar = new HorizontalLayout(kind, author, log, export);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    configureGrid();
    add(toolbar, grid);
  }

  void show(long registrationId, boolean open) {
    this.registrationId = registrationId;
    this.open = open;
    log.setVisible(open);
    export.setHref(TimelineDownloads.export(exports, caller, registrationId));
    grid.setItems(
        query -> {
          var page =
              activities.list(
                  caller, registrationId, filter(), query.getOffset(), query.getLimit());
          files.putAll(activities.attachmentsOf(caller, registrationId, page));
          return page.stream();
        });
  }

  void refresh() {
    grid.getDataProvider().refreshAll();
  }

  void addLogListener(ComponentEventListener<ClickEvent<Button>> listener) {
    log.addClickListener(listener);
  }

  void addEditListener(Consumer<DealActivity> listener) {
    editListener = listener;
  }

  private ActivityFilter filter() {
    var text = author.getValue();
    return new ActivityFilter(
        kind.getValue(), text == null || text.isBlank() ? null : text.strip());
  }

  private void configureGrid() {
    grid.setId("timeline-grid");
    grid.setAllRowsVisible(false);
    grid.addColumn(a -> DisplayTime.format(a.getOccurredAt(), zone))
        .setHeader(getTranslation("followup.activity.at"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    // wide enough for the internal badge, which auto width does not measure
    grid.addComponentColumn(this::kindCell)
        .setHeader(getTranslation("followup.activity.kind"))
        .setWidth("11em")
        .setFlexGrow(0);
    grid.addColumn(this::authorText)
        .setHeader(getTranslation("followup.activity.author"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::details)
        .setHeader(getTranslation("followup.activity.details"))
        .setFlexGrow(2);
    grid.addComponentColumn(this::fileLinks)
        .setHeader(getTranslation("followup.activity.files"))
        .setFlexGrow(1);
    // fixed and frozen: auto width measured the first rows only, and the buttons ended up past
    // the right edge on a narrow screen
    grid.addComponentColumn(this::actions).setWidth("10em").setFlexGrow(0).setFrozenToEnd(true);
    grid.setClassNameGenerator(a -> a.isBrandInternal() ? "timeline-internal" : null);
  }

  private Div kindCell(DealActivity a) {
    var cell = new Div(new Span(getTranslation(TimelineTexts.kindKey(a.getKind()))));
    if (a.isBrandInternal()) {
      var badge = new Span(getTranslation(TimelineTexts.visibilityKey(Visibility.BRAND_INTERNAL)));
      badge.addClassNames("status-badge", "timeline-internal-badge");
      cell.add(badge);
    }
    return cell;
  }

  private String authorText(DealActivity a) {
    var side =
        getTranslation(
            a.getAuthorSide() == AuthorSide.BRAND
                ? "followup.side.brand"
                : "followup.side.partner");
    return a.getAuthorName() + " (" + side + ")";
  }

  private Div details(DealActivity a) {
    var cell = new Div();
    cell.addClassName("timeline-details");
    line(cell, "followup.activity.participants", String.join("、", a.getParticipants()));
    line(cell, "followup.activity.contacts", String.join("、", a.getCustomerContacts()));
    line(cell, "followup.activity.notes", a.getNotes());
    line(cell, "followup.activity.outcome", a.getOutcome());
    line(cell, "followup.activity.next-step", a.getNextStep());
    return cell;
  }

  private void line(Div cell, String key, String text) {
    if (text != null && !text.isBlank()) {
      var line = new Div(new Span(getTranslation(key) + ": "), new Span(text));
      line.getStyle().set("white-space", "pre-line");
      cell.add(line);
    }
  }

  private Div fileLinks(DealActivity a) {
    var cell = new Div();
    for (var file : files.getOrDefault(a.getId(), List.of())) {
      var link = new Anchor();
      link.setText(file.getFileName());
      link.setHref(TimelineDownloads.attachment(attachments, caller, registrationId, file.getId()));
      link.getElement().setAttribute("download", true);
      link.addClassName("timeline-file");
      cell.add(new Div(link));
    }
    return cell;
  }

  private Div actions(DealActivity a) {
    var cell = new Div();
    if (!open
        || a.getKind() == DealActivityKind.DEAL_UPDATE
        || !a.getAuthorUsername().equals(caller.username())) {
      return cell;
    }
    var edit =
        new Button(getTranslation("followup.activity.edit"), click -> editListener.accept(a));
    edit.setId("timeline-edit-" + a.getId());
    edit.addClassName("timeline-edit");
    var delete = new Button(getTranslation("followup.activity.delete"), click -> confirmDelete(a));
    delete.setId("timeline-delete-" + a.getId());
    delete.addClassName("timeline-delete");
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    for (var button : List.of(edit, delete)) {
      button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      cell.add(button);
    }
    return cell;
  }

  private void confirmDelete(DealActivity a) {
    var dialog = new ConfirmDialog();
    dialog.setId("timeline-delete-confirm");
    dialog.setHeader(getTranslation("followup.activity.delete.title"));
    dialog.setText(getTranslation("followup.activity.delete.text"));
    var confirm =
        new Button(
            getTranslation("followup.activity.delete"),
            click -> {
              dialog.close();
              delete(a);
            });
    confirm.setId("timeline-delete-confirm-button");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    dialog.setConfirmButton(confirm);
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("action.cancel"));
    dialog.open();
  }

  private void delete(DealActivity a) {
    try {
      activities.delete(caller, registrationId, a.getId(), a.getVersion());
      Notifications.success(getTranslation("followup.activity.deleted"));
    } catch (StaleRecord | RecordNotFound changed) {
      Notifications.error(getTranslation("followup.activity.stale"));
    } catch (RuleViolation | AccessDenied refused) {
      Notifications.error(getTranslation(TimelineTexts.ruleKey(Deals.CLOSED)));
    }
    refresh();
  }
}
