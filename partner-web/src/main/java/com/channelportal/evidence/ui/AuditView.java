package com.channelportal.evidence.ui;

import com.channelportal.audit.entity.AuditEntry;
import com.channelportal.base.ui.DisplayTime;
import com.channelportal.evidence.boundary.AuditVerification;
import com.channelportal.evidence.entity.ChainReport;
import com.channelportal.identity.security.CurrentCaller;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * The audit trail for brand admins: verify the chain on demand and read the newest entries with
 * their hashes. Verification walks the whole log, so it runs when asked, not on every visit.
 */
@Route("audit")
@Menu(order = 90, icon = "vaadin:shield", title = "menu.audit")
@RolesAllowed("brand-admin")
public class AuditView extends Main implements HasDynamicTitle {

  private final Paragraph result = new Paragraph();
  private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);

  @Inject CurrentCaller currentCaller;

  @Inject AuditVerification verification;

  @PostConstruct
  void init() {
    addClassName("audit-view");
    var verify = new Button(getTranslation("evidence.audit.verify"), VaadinIcon.SHIELD.create());
    verify.setId("audit-verify");
    verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    verify.addClickListener(click -> showResult(verification.verify(currentCaller.get())));
    result.setId("audit-verification");
    result.setText(getTranslation("evidence.audit.not-verified"));
    var toolbar = new HorizontalLayout(verify, result);
    toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
    add(toolbar, configureGrid());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("evidence.audit.page-title");
  }

  private void showResult(ChainReport report) {
    var broken = report.firstBrokenLink();
    if (broken == null) {
      result.setText(getTranslation("evidence.audit.valid", report.entries()));
      result.setClassName("audit-valid");
    } else {
      result.setText(
          getTranslation(
              "evidence.audit.broken",
              broken.id() == null ? "–" : broken.id(),
              reasonText(broken.reason()),
              broken.expectedHash(),
              broken.actualHash()));
      result.setClassName("audit-broken");
    }
  }

  private String reasonText(String reason) {
    switch (reason) {
      case "LINK":
        return getTranslation("evidence.audit.reason.LINK");
      case "CONTENT":
        return getTranslation("evidence.audit.reason.CONTENT");
      default:
        return getTranslation("evidence.audit.reason.HEAD");
    }
  }

  private Grid<AuditEntry> configureGrid() {
    grid.setId("audit-entries");
    grid.addColumn(AuditEntry::getId)
        .setHeader(getTranslation("evidence.audit.id"))
        .setWidth("6em");
    grid.addColumn(e -> DisplayTime.format(e.getOccurredAt()))
        .setHeader(getTranslation("evidence.audit.time"))
        .setAutoWidth(true);
    grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("evidence.audit.actor"));
    grid.addColumn(AuditEntry::getAction).setHeader(getTranslation("evidence.audit.action"));
    grid.addColumn(e -> e.getSubjectType() + " " + e.getSubjectId())
        .setHeader(getTranslation("evidence.audit.subject"));
    grid.addColumn(e -> e.getHash().substring(0, 16) + "…")
        .setHeader(getTranslation("evidence.audit.hash"));
    grid.setItems(
        query ->
            verification.newest(currentCaller.get(), query.getOffset(), query.getLimit()).stream(),
        query -> (int) verification.count(currentCaller.get()));
    return grid;
  }
}
