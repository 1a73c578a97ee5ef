package com.channelportal.evidence.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.audit.entity.AuditEntry;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.confirmation.boundary.Confirmations;
import com.channelportal.confirmation.entity.CustomerConfirmation;
import com.channelportal.customer.boundary.Customers;
import com.channelportal.customer.entity.Customer;
import com.channelportal.direct.boundary.DirectOpportunities;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.evidence.control.EvidenceCsv;
import com.channelportal.evidence.control.EvidencePdf;
import com.channelportal.evidence.entity.ChainReport;
import com.channelportal.evidence.entity.EvidenceDocument;
import com.channelportal.evidence.entity.EvidenceRow;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationConflict;
import com.channelportal.registration.entity.StatusChange;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jspecify.annotations.Nullable;

/**
 * A registration's dispute evidence for the brand: its claim and each conflicting claim with their
 * timelines, the matcher's score and reasons, the customer's confirmations, and every audit entry
 * about these records with its hash, plus the chain's state at export time. Channel managers export
 * the registrations in their scope, brand admins all; partners never (it names the other side).
 * Every export is itself audited.
 */
@Stateless
public class EvidenceExports {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS xxx '['VV']'");

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject Registrations registrations;

  @Inject AuditVerification verification;

  @Inject Confirmations confirmations;

  /** A TrueType font with Chinese glyphs: a file, or a collection and its index ({@code ,0}). */
  @Inject
  @ConfigProperty(
      name = "portal.evidence.pdf-font",
      defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0")
  String pdfFont;

  public byte[] csv(Caller caller, long registrationId) {
    return EvidenceCsv.bytes(export(caller, registrationId, "csv"));
  }

  public byte[] pdf(Caller caller, long registrationId) {
    return EvidencePdf.bytes(export(caller, registrationId, "pdf"), pdfFont);
  }

  /** The document, and the audit entry that says who exported it when. */
  public EvidenceDocument export(Caller caller, long registrationId, String format) {
    if (!caller.hasRole(Role.BRAND_ADMIN) && !caller.hasRole(Role.CHANNEL_MANAGER)) {
      throw new AccessDenied("Only brand admins and channel managers export evidence");
    }
    var registration = registrations.get(caller, registrationId);
    ChainReport chain = verification.stateForEvidence(caller);
    var now = LocalDateTime.now(clock);
    var rows = new ArrayList<EvidenceRow>();
    rows.add(
        new EvidenceRow(
            "export", number(registration), time(now), "exportedBy", caller.username(), "", ""));
    rows.add(chainRow(chain));
    var registrationIds = new LinkedHashSet<Long>();
    var subjects = new LinkedHashSet<String>();
    claim(rows, "registration", "history", registration);
    registrationIds.add(registrationId);
    for (var conflict : registrations.conflicts(caller, registrationId)) {
      rows.add(conflictRow(conflict));
      candidate(rows, conflict, registrationIds, subjects);
    }
    var confirmationIds = new ArrayList<Long>();
    for (long id : registrationIds) {
      for (var c : confirmations.ofRegistration(id)) {
        rows.add(confirmationRow(number(id), c));
        confirmationIds.add(c.getId());
      }
    }
    registrationIds.forEach(id -> subjects.add(Registrations.SUBJECT + ":" + id));
    confirmationIds.forEach(id -> subjects.add(Confirmations.SUBJECT + ":" + id));
    auditEntries(subjects).forEach(e -> rows.add(auditRow(e)));
    var document =
        new EvidenceDocument(
            number(registration), time(now), caller.username(), chain, List.copyOf(rows));
    audit.append(
        caller,
        "evidence.exported",
        Registrations.SUBJECT,
        registrationId,
        Map.of("format", format, "chainValid", chain.valid(), "rows", rows.size()));
    return document;
  }

  private void claim(
      List<EvidenceRow> rows, String section, String historySection, Registration r) {
    var record = number(r);
    fact(rows, section, record, "partner", partnerName(r.getPartnerCompanyId()));
    fact(rows, section, record, "status", r.getStatus().name());
    fact(rows, section, record, "customer.name", r.getCustomer().getName());
    fact(rows, section, record, "customer.uscc", r.getCustomer().getUscc());
    fact(rows, section, record, "customer.city", r.getCustomer().getCity());
    fact(rows, section, record, "customer.website", r.getCustomer().getWebsite());
    fact(rows, section, record, "customer.phone", r.getCustomer().getPhone());
    rows.add(
        new EvidenceRow(
            section, record, time(r.getSubmittedAt()), "submitted", r.getSubmittedBy(), "", ""));
    fact(
        rows,
        section,
        record,
        "estimatedAmount",
        r.getEstimatedAmount() == null
            ? null
            : r.getEstimatedAmount().toPlainString() + " " + r.getCurrency());
    fact(
        rows,
        section,
        record,
        "products",
        r.getLines().stream()
            .map(l -> l.getProduct() + " × " + l.getQuantity())
            .collect(Collectors.joining("; ")));
    fact(
        rows,
        section,
        record,
        "protectedUntil",
        r.getProtectedUntil() == null ? null : r.getProtectedUntil().toString());
    for (StatusChange change : r.getHistory()) {
      rows.add(
          new EvidenceRow(
              historySection,
              record,
              time(change.getAt()),
              (change.getFrom() == null ? "" : change.getFrom().name() + " → ")
                  + change.getTo().name(),
              change.getBy(),
              change.getNote(),
              ""));
    }
  }

  private void candidate(
      List<EvidenceRow> rows,
      RegistrationConflict conflict,
      Set<Long> registrationIds,
      Set<String> subjects) {
    switch (conflict.getCandidateKind()) {
      case REGISTRATION:
        var other = em.find(Registration.class, conflict.getCandidateId());
        if (other != null) {
          claim(rows, "claim", "claim-history", other);
          registrationIds.add(other.getId());
        }
        break;
      case CUSTOMER:
        var customer = em.find(Customer.class, conflict.getCandidateId());
        if (customer != null) {
          var record = "customer " + customer.getId();
          fact(rows, "claim", record, "customer.name", customer.getName());
          fact(rows, "claim", record, "masterDataNumber", customer.getMasterDataNumber());
          fact(rows, "claim", record, "customer.uscc", customer.getDetails().getUscc());
          rows.add(
              new EvidenceRow(
                  "claim",
                  record,
                  time(customer.getCreatedAt()),
                  "created",
                  customer.getCreatedBy(),
                  "",
                  ""));
          subjects.add(Customers.SUBJECT + ":" + customer.getId());
        }
        break;
      default:
        var opportunity = em.find(DirectOpportunity.class, conflict.getCandidateId());
        if (opportunity != null) {
          var record = "direct-opportunity " + opportunity.getId();
          fact(rows, "claim", record, "title", opportunity.getTitle());
          fact(rows, "claim", record, "customer.name", opportunity.getCustomer().getName());
          fact(rows, "claim", record, "owner", opportunity.getOwner());
          fact(rows, "claim", record, "status", opportunity.getStatus().name());
          rows.add(
              new EvidenceRow(
                  "claim",
                  record,
                  time(opportunity.getCreatedAt()),
                  "created",
                  opportunity.getCreatedBy(),
                  "",
                  ""));
          subjects.add(DirectOpportunities.SUBJECT + ":" + opportunity.getId());
        }
    }
  }

  private static EvidenceRow chainRow(ChainReport chain) {
    var broken = chain.firstBrokenLink();
    if (broken == null) {
      return new EvidenceRow(
          "export",
          "audit chain",
          "",
          "chainValid",
          "true",
          chain.entries() + " entries intact",
          "");
    }
    return new EvidenceRow(
        "export",
        "audit chain",
        "",
        "chainValid",
        "false",
        "broken at entry " + broken.id() + ": " + broken.reason(),
        "expected " + broken.expectedHash() + ", found " + broken.actualHash());
  }

  private EvidenceRow conflictRow(RegistrationConflict conflict) {
    var record =
        conflict.getCandidateKind() == CandidateKind.REGISTRATION
            ? number(conflict.getCandidateId())
            : conflict.getCandidateKind().name().toLowerCase(Locale.ROOT)
                + " "
                + conflict.getCandidateId();
    return new EvidenceRow(
        "conflict",
        record,
        time(conflict.getFoundAt()),
        conflict.getCandidateKind().name(),
        conflict.getScore().toPlainString(),
        conflict.getReasons(),
        "");
  }

  private EvidenceRow confirmationRow(String record, CustomerConfirmation c) {
    var state = confirmations.stateOf(c);
    var detail =
        "asked "
            + time(c.getRequestedAt())
            + " by "
            + c.getRequestedBy()
            + (c.getClientAddress() == null ? "" : "; answered from " + c.getClientAddress())
            + (c.getComment() == null ? "" : "; comment: " + c.getComment());
    return new EvidenceRow(
        "confirmation",
        record,
        time(c.getAnsweredAt()),
        state.name(),
        c.getContactEmail(),
        detail,
        "");
  }

  private EvidenceRow auditRow(AuditEntry e) {
    return new EvidenceRow(
        "audit",
        String.valueOf(e.getId()),
        time(e.getOccurredAt()),
        e.getAction(),
        e.getActor()
            + (e.getActorOrganization() == null ? "" : " (" + e.getActorOrganization() + ")"),
        e.getSubjectType() + " " + e.getSubjectId() + " " + e.getDetails(),
        e.getHash() + " ← " + e.getPrevHash());
  }

  /** Entries about the given {@code type:id} subjects, in chain order. */
  private List<AuditEntry> auditEntries(Set<String> subjects) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    var types =
        subjects.stream().map(s -> s.substring(0, s.indexOf(':'))).collect(Collectors.toSet());
    var ids =
        subjects.stream().map(s -> s.substring(s.indexOf(':') + 1)).collect(Collectors.toSet());
    return em.createQuery(
            "select e from AuditEntry e where e.subjectType in :types and e.subjectId in :ids"
                + " order by e.id",
            AuditEntry.class)
        .setParameter("types", types)
        .setParameter("ids", ids)
        .getResultStream()
        .filter(e -> subjects.contains(e.getSubjectType() + ":" + e.getSubjectId()))
        .toList();
  }

  private static void fact(
      List<EvidenceRow> rows, String section, String record, String item, @Nullable String value) {
    rows.add(new EvidenceRow(section, record, "", item, value, "", ""));
  }

  private String partnerName(long companyId) {
    var company = em.find(PartnerCompany.class, companyId);
    return company == null ? String.valueOf(companyId) : company.getName();
  }

  private String number(long registrationId) {
    var registration = em.find(Registration.class, registrationId);
    return registration == null ? "registration " + registrationId : number(registration);
  }

  private static String number(Registration r) {
    return r.getNumber() == null ? "draft " + r.getId() : r.getNumber();
  }

  static String time(@Nullable LocalDateTime utc) {
    return utc == null ? "" : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZONE).format(TIME);
  }
}
