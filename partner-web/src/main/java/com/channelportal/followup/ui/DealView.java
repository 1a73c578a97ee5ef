package com.channelportal.followup.ui;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.base.ui.DisplayMoney;
import com.channelportal.base.ui.DisplayTime;
import com.channelportal.base.ui.Notifications;
import com.channelportal.dealteam.ui.DealTasksPanel;
import com.channelportal.dealteam.ui.DealTeamPanel;
import com.channelportal.followup.boundary.DealActivities;
import com.channelportal.followup.boundary.DealAttachments;
import com.channelportal.followup.boundary.DealForecasts;
import com.channelportal.followup.boundary.Deals;
import com.channelportal.followup.boundary.TimelineExports;
import com.channelportal.followup.entity.DealForm;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationStatus;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The deal workspace: a submitted registration's facts, the partner's stage and forecast editor on
 * an approved one, and tabs, the first of which is the timeline. Other features add their tabs
 * through {@link #tabs()}. A deal outside the caller's scope, or a draft, is "not found".
 */
@Route("deals/:id")
@RolesAllowed({"partner-user", "channel-manager", "brand-admin", "brand-sales"})
public class DealView extends Main implements HasDynamicTitle, BeforeEnterObserver {

  private final H2 title = new H2();
  private final Span status = new Span();
  private final Paragraph inactive = new Paragraph();
  private final DescriptionList facts = new DescriptionList();
  private final ForecastForm forecast = new ForecastForm();
  private final TabSheet tabs = new TabSheet();
  private TimelinePanel timeline;
  private ActivityDialog dialog;
  private @Nullable Registration deal;

  @Inject CurrentCaller currentCaller;

  @Inject Deals deals;

  @Inject DealActivities activities;

  @Inject DealAttachments attachments;

  @Inject DealForecasts forecasts;

  @Inject TimelineExports exports;

  @Inject DealTeamPanel team;

  @Inject DealTasksPanel tasks;

  @PostConstruct
  void init() {
    setId("deal-view");
    addClassName("deal-view");
    title.setId("deal-heading");
    status.setId("deal-status");
    inactive.setId("deal-inactive");
    inactive.addClassName("conflict-flag");
    inactive.setText(getTranslation("followup.inactive"));
    facts.setId("deal-facts");
    var caller = caller();
    timeline =
        new TimelinePanel(activities, attachments, exports, caller, DisplayTime.DEFAULT_ZONE);
    dialog =
        new ActivityDialog(DisplayTime.DEFAULT_ZONE, caller.isBrandStaff(), attachments.maxBytes());
    dialog.addSaveListener(this::save);
    timeline.addLogListener(
        click -> {
          dialog.reset();
          dialog.open();
        });
    timeline.addEditListener(
        activity -> {
          dialog.edit(activity);
          dialog.open();
        });
    forecast.addSaveListener(saved -> saveForecast(saved.form()));
    tabs.setId("deal-tabs");
    tabs.add(getTranslation("followup.tab.timeline"), timeline);
    team.addChangeListener(tasks::refreshTeam);
    tabs.add(getTranslation("dealteam.tab.team"), team);
    tabs.add(getTranslation("dealteam.tab.tasks"), tasks);
    add(title, status, inactive, facts, forecast, tabs);
  }

  /** The workspace's tabs, for features that add theirs beside the timeline. */
  public TabSheet tabs() {
    return tabs;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("followup.page-title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var id = event.getRouteParameters().getLong("id");
    if (id.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    try {
      show(deals.readable(caller(), id.get()));
    } catch (RecordNotFound unknown) {
      event.rerouteToError(NotFoundException.class);
    }
  }

  private void show(Registration r) {
    deal = r;
    var locale = getLocale() == null ? Locale.SIMPLIFIED_CHINESE : getLocale();
    title.setText(orDash(r.getNumber()) + " · " + orDash(r.getCustomer().getName()));
    status.setText(getTranslation(TimelineTexts.statusKey(r.getStatus())));
    status.setClassName("status-badge status-" + lower(r.getStatus().name()));
    inactive.setVisible(caller().isBrandStaff() && activities.isInactive(r));
    facts.removeAll();
    fact(
        "followup.forecast.stage",
        r.getStage() == null ? null : getTranslation(TimelineTexts.stageKey(r.getStage())));
    fact(
        "followup.forecast.amount",
        DisplayMoney.format(r.getEstimatedAmount(), r.getCurrency(), locale));
    fact(
        "followup.forecast.close-date",
        r.getExpectedCloseDate() == null ? null : r.getExpectedCloseDate().toString());
    fact(
        "followup.forecast.probability",
        r.getWinProbability() == null ? null : r.getWinProbability() + " %");
    fact(
        "followup.protected-until",
        r.getProtectedUntil() == null ? null : r.getProtectedUntil().toString());
    var editable = caller().isPartner() && r.getStatus() == RegistrationStatus.APPROVED;
    forecast.setVisible(editable);
    if (editable) {
      forecast.read(r);
    }
    timeline.show(r.getId(), !Deals.isClosed(r));
    team.show(r.getId());
    tasks.show(r.getId());
  }

  private void save(ActivityDialog.SaveEvent saved) {
    var shown = deal;
    if (shown == null) {
      return;
    }
    var editing = saved.editing();
    try {
      if (editing == null) {
        activities.record(caller(), shown.getId(), saved.form(), saved.files());
      } else {
        activities.edit(
            caller(),
            shown.getId(),
            editing.getId(),
            editing.getVersion(),
            saved.form(),
            saved.files());
      }
      dialog.close();
      Notifications.success(
          getTranslation(editing == null ? "followup.activity.saved" : "followup.activity.edited"));
      timeline.refresh();
    } catch (InvalidField invalid) {
      dialog.showProblems(invalid.problems());
    } catch (StaleRecord | RecordNotFound changed) {
      // edited or deleted since the dialog was opened: what the user typed must not overwrite it
      dialog.close();
      Notifications.error(getTranslation("followup.activity.stale"));
      timeline.refresh();
    } catch (RuleViolation | AccessDenied refused) {
      dialog.close();
      Notifications.error(getTranslation(TimelineTexts.ruleKey(Deals.CLOSED)));
    }
  }

  private void saveForecast(DealForm form) {
    var shown = deal;
    if (shown == null) {
      return;
    }
    try {
      show(forecasts.update(caller(), shown.getId(), shown.getVersion(), form));
      Notifications.success(getTranslation("followup.forecast.saved"));
      timeline.refresh();
    } catch (InvalidField invalid) {
      forecast.showProblems(invalid.problems());
    } catch (StaleRecord stale) {
      Notifications.error(getTranslation("followup.stale"));
      show(deals.readable(caller(), shown.getId()));
    } catch (RuleViolation | AccessDenied refused) {
      Notifications.error(getTranslation(TimelineTexts.ruleKey(DealForecasts.NOT_APPROVED)));
    }
  }

  private void fact(String key, @Nullable String value) {
    facts.add(new Term(getTranslation(key)), new Description(orDash(value)));
  }

  private Caller caller() {
    return currentCaller.get();
  }

  private static String orDash(@Nullable String value) {
    return value == null || value.isBlank() ? "–" : value;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
