package com.channelportal.isolation;

import com.channelportal.stack.PortalStack;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Values for path parameters, per tenant, so that the matrix can ask for A's and B's objects. An
 * endpoint whose path names a parameter without a fixture fails the matrix: whoever adds {@code
 * /api/v1/things/{id}} adds the ids of one thing of each tenant in {@link #create} (a shared value
 * for objects that belong to no tenant), and, for writes, a request that passes validation.
 *
 * <p>A fixture applies to the paths under its prefix; the longest prefix wins, so {@code id} can
 * mean a partner under {@code /api/v1/partners} and a deal under {@code /api/v1/deals}. View routes
 * are paths too ({@code /partners}); a view taking a URL parameter through {@code HasUrlParameter}
 * has a parameter named after its class.
 */
final class TenantFixtures implements AutoCloseable {

  /** Exactly one of the three is set. */
  record Fixture(Map<Tenant, String> perTenant, String shared, Map<Persona, String> perPerson) {}

  /**
   * A concrete path to call and the tenant whose object it names ({@code null}: none); for an
   * object of one person (a notification) also that person: nobody else may reach it, not even
   * their company's admin.
   */
  record Target(String path, Tenant tenant, Persona owner) {
    Target(String path, Tenant tenant) {
      this(path, tenant, null);
    }
  }

  /** A write that passes validation: its JSON body and headers (name, value, …), e.g. If-Match. */
  record Write(String body, List<String> headers) {}

  private final Map<String, Map<String, Fixture>> byPrefix = new HashMap<>();
  private final Map<String, Function<Target, Write>> writes = new HashMap<>();
  private final Map<String, String> queries = new HashMap<>();
  private final Deque<Runnable> undo = new ArrayDeque<>();

  /**
   * The registry for the running stack; add fixtures here as endpoints with path parameters appear.
   * {@code bearer} gives a persona's access token, e.g. to look ids up through the API.
   */
  static TenantFixtures create(PortalStack stack, Function<Persona, String> bearer) {
    var fixtures = new TenantFixtures();
    var partners = new PartnerFixtures(stack.portalUrl(), () -> bearer.apply(Persona.BRAND_ADMIN));
    var litai = String.valueOf(partners.idOf(Tenant.LITAI));
    var huanan = String.valueOf(partners.idOf(Tenant.HUANAN));
    var application =
        ApplicationFixtures.openApplication(
            stack.portalUrl(), () -> bearer.apply(Persona.BRAND_ADMIN));
    var registrations = new RegistrationFixtures(stack.portalUrl(), bearer);
    var ofLitai = registrations.createFor(Persona.PARTNER_USER_A);
    var ofHuanan = registrations.createFor(Persona.USER_B);
    var notifications =
        new NotificationFixtures(stack.portalUrl(), bearer)
            .ownedBy(Persona.PARTNER_USER_A, Persona.PARTNER_ADMIN_A, Persona.USER_B);
    var direct = new DirectFixtures(stack.portalUrl(), bearer);
    var opportunity = direct.openOpportunity();
    var lifecycle = new LifecycleFixtures(stack.portalUrl(), bearer);
    var followUp = new FollowUpFixtures(stack.portalUrl(), bearer);
    var dealOfLitai = followUp.dealOf(Persona.PARTNER_USER_A);
    var dealOfHuanan = followUp.dealOf(Persona.USER_B);
    var dealTeams = new DealTeamFixtures(stack.portalUrl(), bearer);
    var litaiDeal = dealTeams.of(Persona.PARTNER_USER_A, Persona.PARTNER_ADMIN_A.username());
    var huananDeal = dealTeams.of(Persona.USER_B, "huanan.admin");
    fixtures
        .perTenant(RegistrationFixtures.REGISTRATIONS, "id", ofLitai.draftId(), ofHuanan.draftId())
        .perTenant("/registrations", "id", ofLitai.draftId(), ofHuanan.draftId())
        // the desk's case of a registration; a draft is in a manager's scope like any other
        .perTenant("/api/v1/reviews", "id", ofLitai.draftId(), ofHuanan.draftId())
        .perTenant("/review", "id", ofLitai.draftId(), ofHuanan.draftId())
        .perTenant("/api/v1/customers", "id", ofLitai.customerId(), ofHuanan.customerId())
        .write("PUT", "/api/v1/registrations/{id}", registrations::unchangedDraft)
        .query("/api/v1/availability", RegistrationFixtures.availabilityQuery())
        .perPerson(NotificationFixtures.NOTIFICATIONS, "id", notifications)
        // the caller's own preferences, sent back as they are by default: nothing switched off
        .write(
            "PUT",
            "/api/v1/notification-preferences",
            target -> new Write("{\"emailOff\":[]}", List.of()))
        .shared(DirectFixtures.OPPORTUNITIES, "id", opportunity)
        .shared("/direct-opportunities", "id", opportunity)
        .write("PUT", DirectFixtures.OPPORTUNITIES + "/{id}", direct::unchanged)
        .perTenant(
            LifecycleFixtures.EXTENSION_REQUESTS,
            "id",
            lifecycle.openRequestOf(Persona.PARTNER_USER_A),
            lifecycle.openRequestOf(Persona.USER_B))
        // deals are submitted registrations: the draft fixture is no deal
        .perTenant(
            FollowUpFixtures.ACTIVITIES,
            "id",
            dealOfLitai.registrationId(),
            dealOfHuanan.registrationId())
        .perTenant(
            FollowUpFixtures.ACTIVITIES,
            "activityId",
            dealOfLitai.activityId(),
            dealOfHuanan.activityId())
        .perTenant(
            FollowUpFixtures.ATTACHMENTS,
            "id",
            dealOfLitai.registrationId(),
            dealOfHuanan.registrationId())
        .perTenant(
            FollowUpFixtures.ATTACHMENTS,
            "attachmentId",
            dealOfLitai.attachmentId(),
            dealOfHuanan.attachmentId())
        .perTenant(
            FollowUpFixtures.DEAL,
            "id",
            dealOfLitai.registrationId(),
            dealOfHuanan.registrationId())
        // the export is the deal's whole visible timeline; an entry of its own keeps it probed
        // with a deal of each tenant whatever becomes of the activities' fixtures
        .perTenant(
            FollowUpFixtures.EXPORT,
            "id",
            dealOfLitai.registrationId(),
            dealOfHuanan.registrationId())
        .perTenant(
            FollowUpFixtures.VIEW,
            "id",
            dealOfLitai.registrationId(),
            dealOfHuanan.registrationId())
        .perTenant(DealTeamFixtures.TEAM, "id", litaiDeal.id(), huananDeal.id())
        .perTenant(DealTeamFixtures.TEAM, "memberId", litaiDeal.memberId(), huananDeal.memberId())
        .perTenant(DealTeamFixtures.TASKS, "id", litaiDeal.id(), huananDeal.id())
        .perTenant(DealTeamFixtures.TASKS, "taskId", litaiDeal.taskId(), huananDeal.taskId())
        .perTenant(DealTeamFixtures.VIEW, "id", litaiDeal.id(), huananDeal.id())
        .shared("/api/v1/partner-applications", "id", application)
        .shared("/applications", "id", application)
        .perTenant("/api/v1/partners", "id", litai, huanan)
        .perTenant("/partners", "id", litai, huanan)
        // the ordinary users: a permitted write with an empty body changes nobody's role
        .perTenant(
            "/api/v1/partners",
            "userId",
            partners.memberIdOf(Tenant.LITAI, "litai.user"),
            partners.memberIdOf(Tenant.HUANAN, "huanan.user"))
        .write("PUT", "/api/v1/partners/{id}/contact", partners::unchangedContact)
        .write("PUT", "/api/v1/partners/{id}/programme", partners::unchangedProgramme)
        // the fixture members are ordinary, enabled users: these writes change nothing
        .write(
            "PUT",
            "/api/v1/partners/{id}/members/{userId}/role",
            target -> new Write("{\"role\":\"partner-user\"}", List.of()))
        .write(
            "PUT",
            "/api/v1/partners/{id}/members/{userId}/enabled",
            target -> new Write("{\"enabled\":true}", List.of()))
        .undoAfterwards(
            partners.assignChannelManager(
                Tenant.LITAI, Persona.CHANNEL_MANAGER_ASSIGNED.username()));
    return fixtures;
  }

  TenantFixtures perTenant(String pathPrefix, String parameter, String litai, String huanan) {
    var values = new EnumMap<Tenant, String>(Tenant.class);
    values.put(Tenant.LITAI, litai);
    values.put(Tenant.HUANAN, huanan);
    byPrefix
        .computeIfAbsent(pathPrefix, p -> new HashMap<>())
        .put(parameter, new Fixture(values, null, null));
    return this;
  }

  /**
   * Objects of single persons, e.g. each persona's own notification: one target per person, which
   * only that person may reach.
   */
  TenantFixtures perPerson(String pathPrefix, String parameter, Map<Persona, String> values) {
    byPrefix
        .computeIfAbsent(pathPrefix, p -> new HashMap<>())
        .put(parameter, new Fixture(null, null, new LinkedHashMap<>(values)));
    return this;
  }

  TenantFixtures shared(String pathPrefix, String parameter, String value) {
    byPrefix
        .computeIfAbsent(pathPrefix, p -> new HashMap<>())
        .put(parameter, new Fixture(null, value, null));
    return this;
  }

  /**
   * A query string the endpoint needs to answer at all, e.g. {@code q=…} for a search that refuses
   * an empty question; appended to every target of the path template.
   */
  TenantFixtures query(String pathTemplate, String query) {
    queries.put(pathTemplate, query);
    return this;
  }

  /** How to send a write; computed per call, so that e.g. an If-Match is current. */
  TenantFixtures write(String method, String pathTemplate, Function<Target, Write> write) {
    writes.put(method + " " + pathTemplate, write);
    return this;
  }

  Optional<Write> write(String method, PathTemplate path, Target target) {
    return Optional.ofNullable(writes.get(method + " " + path.template()))
        .map(w -> w.apply(target));
  }

  /** Something to put back after the matrix, last registered first. */
  TenantFixtures undoAfterwards(Runnable action) {
    undo.push(action);
    return this;
  }

  @Override
  public void close() {
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
  }

  /**
   * The paths to call for a template: one per tenant if a parameter has per-tenant values, else
   * one; with optional parameters also once without them. Reports parameters without a fixture
   * instead.
   */
  List<Target> targets(PathTemplate path, String endpoint, List<String> problems) {
    var missing =
        path.parameters().stream()
            .filter(p -> !p.optional() && lookup(path, p.name()).isEmpty())
            .toList();
    if (!missing.isEmpty()) {
      missing.forEach(p -> problems.add(missingFixture(path, endpoint, p.name())));
      return List.of();
    }
    var targets = new LinkedHashSet<Target>(targets(path, true));
    targets.addAll(targets(path, false));
    var query = queries.get(path.template());
    return query == null
        ? List.copyOf(targets)
        : targets.stream().map(t -> new Target(t.path() + "?" + query, t.tenant())).toList();
  }

  private List<Target> targets(PathTemplate path, boolean withOptional) {
    var shared = new HashMap<String, String>();
    var perTenant = new HashMap<String, Map<Tenant, String>>();
    var perPerson = new HashMap<String, Map<Persona, String>>();
    for (var parameter : path.parameters()) {
      if (parameter.optional() && !withOptional) {
        continue;
      }
      lookup(path, parameter.name())
          .ifPresent(
              f -> {
                if (f.shared() != null) {
                  shared.put(parameter.name(), f.shared());
                } else if (f.perPerson() != null) {
                  perPerson.put(parameter.name(), f.perPerson());
                } else {
                  perTenant.put(parameter.name(), f.perTenant());
                }
              });
    }
    if (!perPerson.isEmpty()) {
      return personalTargets(path, shared, perPerson);
    }
    if (perTenant.isEmpty()) {
      return List.of(new Target(path.fill(shared), null));
    }
    var targets = new ArrayList<Target>();
    for (Tenant tenant : Tenant.values()) {
      var values = new HashMap<>(shared);
      perTenant.forEach((name, byTenant) -> values.put(name, byTenant.get(tenant)));
      targets.add(new Target(path.fill(values), tenant));
    }
    return targets;
  }

  private static List<Target> personalTargets(
      PathTemplate path, Map<String, String> shared, Map<String, Map<Persona, String>> perPerson) {
    var targets = new ArrayList<Target>();
    for (Persona owner : perPerson.values().iterator().next().keySet()) {
      var values = new HashMap<>(shared);
      perPerson.forEach((name, byPerson) -> values.put(name, byPerson.get(owner)));
      var tenant = owner.sees().size() == 1 ? owner.sees().iterator().next() : null;
      targets.add(new Target(path.fill(values), tenant, owner));
    }
    return targets;
  }

  private Optional<Fixture> lookup(PathTemplate path, String parameter) {
    return byPrefix.entrySet().stream()
        .filter(e -> e.getValue().containsKey(parameter) && covers(e.getKey(), path.template()))
        .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
        .map(e -> e.getValue().get(parameter));
  }

  private static boolean covers(String prefix, String template) {
    var p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    return p.isEmpty() || template.equals(p) || template.startsWith(p + "/");
  }

  private static String missingFixture(PathTemplate path, String endpoint, String parameter) {
    var at = path.template().indexOf(path.route() ? ":" + parameter : "{" + parameter + "}");
    var prefix = at > 1 ? path.template().substring(0, at - 1) : path.template();
    return endpoint
        + ": no fixture for path parameter '"
        + parameter
        + "'. Add one in TenantFixtures.create, e.g. fixtures.perTenant(\""
        + prefix
        + "\", \""
        + parameter
        + "\", <id of litai's object>, <id of huanan's object>), or shared(...) for an object"
        + " of no tenant";
  }
}
