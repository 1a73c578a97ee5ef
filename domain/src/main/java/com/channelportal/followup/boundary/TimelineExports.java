package com.channelportal.followup.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.control.CsvTable;
import com.channelportal.followup.control.TimelineTable;
import com.channelportal.identity.entity.Caller;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.settings.entity.UserSetting;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.Map;

/**
 * A deal's timeline as a file, for reports outside the portal. It holds exactly what the caller's
 * timeline shows: the activities come from the same restricted query, so a partner's export never
 * holds a brand-internal note. Each export is audited, as it takes customer contacts out of the
 * portal.
 */
@Stateless
public class TimelineExports {

  public static final String MEDIA_TYPE = CsvTable.MEDIA_TYPE;

  @PersistenceContext EntityManager em;

  @Inject Deals deals;

  @Inject TimelineQueries queries;

  @Inject DealActivities activities;

  @Inject AuditLog audit;

  /** A file and the name to offer it under. */
  public record Export(String fileName, byte[] content) {}

  /** CSV (UTF-8 with a byte-order mark, formulas defused), times in the caller's time zone. */
  public Export csv(Caller caller, long registrationId) {
    var deal = deals.readable(caller, registrationId);
    var timeline = queries.all(caller, registrationId);
    var files = activities.attachmentsOf(caller, registrationId, timeline);
    var rows = TimelineTable.rows(timeline, files, zone(caller));
    audit.append(
        caller,
        "deal-timeline.exported",
        Registrations.SUBJECT,
        registrationId,
        Map.of("activities", timeline.size(), "format", "csv"));
    var name = "timeline-" + (deal.getNumber() == null ? registrationId : deal.getNumber());
    return new Export(name + ".csv", CsvTable.bytes(TimelineTable.COLUMNS, rows));
  }

  private ZoneId zone(Caller caller) {
    var setting = em.find(UserSetting.class, caller.subject());
    return setting == null ? UserSetting.DEFAULT_ZONE : setting.getTimeZone();
  }
}
