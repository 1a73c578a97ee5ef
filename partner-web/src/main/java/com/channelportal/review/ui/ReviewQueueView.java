package com.channelportal.review.ui;

import com.channelportal.base.ui.DisplayTime;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.partner.boundary.PartnerFilter;
import com.channelportal.partner.boundary.Partners;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.review.boundary.QueueEntry;
import com.channelportal.review.boundary.ReviewFilter;
import com.channelportal.review.boundary.ReviewQueue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The claims waiting for the caller at the conflict desk, oldest first: how long each has waited
 * (flagged once past the service level), how many records it conflicts with and the best score. A
 * click opens the case side by side.
 */
@Route("reviews")
@Menu(order = 21, icon = "vaadin:scale", title = "menu.reviews")
@RolesAllowed({"channel-manager", "brand-admin"})
public class ReviewQueueView extends Main implements HasDynamicTitle {

  /** As in {@code @Route}, which must be literal for the menu check. */
  static final String ROUTE = "reviews";

  private final ComboBox<PartnerCompany> partner = new ComboBox<>();
  private final Checkbox escalated = new Checkbox();
  private final NumberField minScore = new NumberField();
  private final Grid<QueueEntry> grid = new Grid<>();

  @Inject CurrentCaller currentCaller;

  @Inject ReviewQueue queue;

  @Inject Partners partners;

  @PostConstruct
  void init() {
    addClassName("review-queue-view");
    var title = new H2(getTranslation("review.queue.title"));
    add(title, createToolbar(), configureGrid());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("review.queue.title");
  }

  private HorizontalLayout createToolbar() {
    partner.setId("review-filter-partner");
    partner.setLabel(getTranslation("review.queue.partner"));
    partner.setClearButtonVisible(true);
    partner.setItems(partners.list(caller(), PartnerFilter.NONE, 0, 500));
    partner.setItemLabelGenerator(PartnerCompany::getName);
    partner.addValueChangeListener(change -> refresh());
    escalated.setId("review-filter-escalated");
    escalated.setLabel(getTranslation("review.queue.escalated-only"));
    escalated.addValueChangeListener(change -> refresh());
    minScore.setId("review-filter-score");
    minScore.setLabel(getTranslation("review.queue.min-score"));
    minScore.setMin(0);
    minScore.setMax(1);
    minScore.setStep(0.05);
    minScore.setClearButtonVisible(true);
    minScore.setHelperText(getTranslation("review.queue.min-score.help"));
    minScore.addValueChangeListener(change -> refresh());
    var toolbar = new HorizontalLayout(partner, minScore, escalated);
    toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
    toolbar.setWrap(true);
    return toolbar;
  }

  private Grid<QueueEntry> configureGrid() {
    grid.setId("review-queue-grid");
    grid.addColumn(e -> orDash(e.registration().getNumber()))
        .setHeader(getTranslation("registration.number"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(e -> orDash(e.registration().getCustomer().getName()))
        .setHeader(getTranslation("registration.customer"))
        .setFlexGrow(1);
    grid.addColumn(QueueEntry::partnerName)
        .setHeader(getTranslation("registration.partner"))
        .setAutoWidth(true);
    grid.addColumn(e -> DisplayTime.format(e.registration().getSubmittedAt()))
        .setHeader(getTranslation("registration.submitted-at"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::waited)
        .setHeader(getTranslation("review.queue.waited"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(QueueEntry::conflicts)
        .setHeader(getTranslation("review.queue.conflicts"))
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(e -> e.bestScore() == null ? "–" : e.bestScore().toPlainString())
        .setHeader(getTranslation("review.queue.best-score"))
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::status)
        .setHeader(getTranslation("registration.status"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(
        query -> queue.list(caller(), filter(), query.getOffset(), query.getLimit()).stream(),
        query -> (int) queue.count(caller(), filter()));
    grid.setEmptyStateText(getTranslation("review.queue.empty"));
    grid.addItemClickListener(
        click ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            ReviewView.class,
                            new RouteParameters(
                                "id", String.valueOf(click.getItem().registration().getId())))));
    return grid;
  }

  private Span waited(QueueEntry entry) {
    var text = ReviewTexts.waited(entry.waited(), this::getTranslation);
    var span = new Span(entry.escalated() ? getTranslation("review.queue.escalated", text) : text);
    if (entry.escalated()) {
      span.addClassName("review-escalated");
      span.getElement().getThemeList().add("badge error");
    }
    return span;
  }

  private Span status(QueueEntry entry) {
    var status = entry.registration().getStatus();
    var badge = new Span(getTranslation(ReviewTexts.statusKey(status)));
    badge.setClassName("status-badge status-" + status.name().toLowerCase(Locale.ROOT));
    return badge;
  }

  private ReviewFilter filter() {
    var score = minScore.getValue();
    return new ReviewFilter(
        partner.getValue() == null ? null : partner.getValue().getId(),
        Boolean.TRUE.equals(escalated.getValue()),
        score == null || score < 0 || score > 1 ? null : BigDecimal.valueOf(score));
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
  }

  private Caller caller() {
    return currentCaller.get();
  }

  private static String orDash(@Nullable String value) {
    return value == null || value.isBlank() ? "–" : value;
  }
}
