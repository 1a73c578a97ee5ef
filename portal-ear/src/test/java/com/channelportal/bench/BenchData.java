package com.channelportal.bench;

import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.matching.control.MatchKey;
import com.channelportal.matching.control.SubjectProfile;
import com.channelportal.registration.boundary.CandidateKeys;
import com.channelportal.registration.control.MatchSubjects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Bulk-loads synthetic brand customers and partners' registrations (each with the partner's own
 * customer record) straight into the database, with the {@code match_key} and {@code
 * match_candidate} rows the portal would have written: the keys come from the domain's own {@link
 * SubjectProfile}, so they are exactly what {@code CandidateKeys.index} stores. Going through the
 * API instead would take hours for a million records; what is measured later goes through it.
 *
 * <p>Rows are sent as multi-row inserts ({@code rewriteBatchedStatements}), one transaction per
 * chunk. Ids are given here so that keys can be written without reading ids back.
 */
final class BenchData implements AutoCloseable {

  /** Most brand customers {@link #sample} returns. */
  static final int SAMPLE = 20_000;

  /** One registration of a partner for this many brand customers. */
  static final int CUSTOMERS_PER_REGISTRATION = 10;

  /** Customers per transaction; their keys are sorted so that each chunk walks the index once. */
  private static final int CHUNK = 25_000;

  private static final int KEY_VALUE_MAX_LENGTH = 255;

  record Partner(long id, String alias) {}

  private final Connection db;
  private final SyntheticCustomers synthetic;
  private final Random random;
  private final List<Partner> partners = new ArrayList<>();
  private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private long nextCustomerId;
  private long nextRegistrationId;
  private long registrationNumber;
  private long brandCustomers;
  private long registrations;
  private long keys;

  BenchData(String jdbcUrl, String user, String password, long seed) throws SQLException {
    db =
        DriverManager.getConnection(
            jdbcUrl + "&rewriteBatchedStatements=true&useServerPrepStmts=false", user, password);
    db.setAutoCommit(false);
    try (var statement = db.createStatement()) {
      // the loader refers to existing partner companies only; checking each row would slow it
      statement.execute("SET SESSION foreign_key_checks = 0");
    }
    brandCustomers = count("customer WHERE origin = 'BRAND' AND created_by = 'bench'");
    registrations = count("deal_registration WHERE created_by = 'bench'");
    registrationNumber = registrations;
    // a run that adds to an earlier one must not repeat its records
    synthetic = new SyntheticCustomers(seed + brandCustomers);
    random = new Random(seed + brandCustomers + 1);
    try (var statement = db.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT id, organization_alias FROM partner_company WHERE kind = 'DISTRIBUTOR'"
                    + " ORDER BY id")) {
      while (rows.next()) {
        partners.add(new Partner(rows.getLong(1), rows.getString(2)));
      }
    }
    if (partners.isEmpty()) {
      throw new IllegalStateException("No distributor in the database: start with demo data");
    }
  }

  long brandCustomers() {
    return brandCustomers;
  }

  long registrations() {
    return registrations;
  }

  /** The match keys written by this run. */
  long keys() {
    return keys;
  }

  /**
   * Loaded brand customers to make probes and drafts of: all of them up to {@value #SAMPLE}, else
   * every n-th. A sample of every 200th (50 customers at 10 k) had the throughput runs claim each
   * of them some sixty times, so that every key of every respelled draft was crowded: the worst
   * case for each submission, where a real customer is claimed by a few partners.
   */
  List<CustomerForm> sample() throws SQLException {
    var sample = new ArrayList<CustomerForm>();
    long loaded;
    try (var statement = db.createStatement();
        var count =
            statement.executeQuery(
                "SELECT COUNT(*) FROM customer WHERE origin = 'BRAND' AND created_by = 'bench'")) {
      count.next();
      loaded = count.getLong(1);
    }
    long step = Math.max(1, loaded / SAMPLE);
    try (var statement = db.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT name, uscc, industry, sub_industry, phone, fax, email, website, province,"
                    + " city, address FROM customer WHERE origin = 'BRAND' AND created_by = 'bench'"
                    + " AND id % "
                    + step
                    + " = 0")) {
      while (rows.next()) {
        sample.add(
            new CustomerForm(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                rows.getString(9),
                rows.getString(10),
                rows.getString(11),
                null));
      }
    }
    db.commit();
    return sample;
  }

  /** Partner customer records owned by 深圳利泰 (at most 20 000), for the primary-key reads. */
  List<Long> litaiCustomerIds() throws SQLException {
    var ids = new ArrayList<Long>();
    try (var statement = db.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT c.id FROM customer c JOIN partner_company p ON p.id = c.owner_company_id"
                    + " WHERE p.organization_alias = 'litai' AND c.created_by = 'bench'"
                    + " LIMIT 20000")) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    db.commit();
    return ids;
  }

  /** Adds brand customers (and one registration per {@value #CUSTOMERS_PER_REGISTRATION}). */
  void addBrandCustomers(long count) throws SQLException {
    long start = System.nanoTime();
    // the API has added records since the last load: continue after them
    nextCustomerId = max("customer") + 1_000;
    nextRegistrationId = max("deal_registration") + 1_000;
    long done = 0;
    while (done < count) {
      int chunk = (int) Math.min(CHUNK, count - done);
      chunk(chunk);
      done += chunk;
      if (done % 100_000 == 0) {
        System.out.printf(
            "  ... %,d customers in the database, %.0f s%n",
            brandCustomers, (System.nanoTime() - start) / 1e9);
      }
    }
  }

  private record KeyRow(String kind, String value, String candidateKind, long id)
      implements Comparable<KeyRow> {

    /** The primary key's order, binary as its collation. */
    @Override
    public int compareTo(KeyRow other) {
      int c = kind.compareTo(other.kind);
      if (c == 0) {
        c = compareUtf8(value, other.value);
      }
      if (c == 0) {
        c = candidateKind.compareTo(other.candidateKind);
      }
      return c != 0 ? c : Long.compare(id, other.id);
    }

    private static int compareUtf8(String a, String b) {
      // UTF-8 byte order is code point order
      return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
  }

  private final List<KeyRow> keyRows = new ArrayList<>();

  private void chunk(int count) throws SQLException {
    try (var customer = db.prepareStatement(CUSTOMER_INSERT);
        var registration = db.prepareStatement(REGISTRATION_INSERT);
        var key = db.prepareStatement(KEY_INSERT);
        var candidate = db.prepareStatement(CANDIDATE_INSERT)) {
      for (int i = 0; i < count; i++) {
        var company = synthetic.company();
        long id = nextCustomerId++;
        addCustomer(customer, id, company, null);
        index(candidate, "CUSTOMER", id, company);
        brandCustomers++;
        if (random.nextInt(CUSTOMERS_PER_REGISTRATION) == 0) {
          var claimed = random.nextInt(10) < 6 ? synthetic.respelled(company) : synthetic.company();
          var partner = partners.get(random.nextInt(partners.size()));
          long partnerCustomer = nextCustomerId++;
          addCustomer(customer, partnerCustomer, claimed, partner);
          long registrationId = nextRegistrationId++;
          var status =
              addRegistration(registration, registrationId, partner, partnerCustomer, claimed);
          if (!status.equals("EXPIRED")) {
            index(candidate, "REGISTRATION", registrationId, claimed);
          }
          registrations++;
        }
      }
      customer.executeBatch();
      registration.executeBatch();
      keyRows.sort(null);
      int batched = 0;
      for (var row : keyRows) {
        key.setString(1, row.kind());
        key.setString(2, row.value());
        key.setString(3, row.candidateKind());
        key.setLong(4, row.id());
        key.addBatch();
        if (++batched % 10_000 == 0) {
          key.executeBatch();
        }
      }
      keyRows.clear();
      key.executeBatch();
      candidate.executeBatch();
      db.commit();
    }
  }

  private static final String CUSTOMER_INSERT =
      "INSERT INTO customer (id, master_data_number, name, uscc, industry, sub_industry, phone,"
          + " fax, email, website, province, city, address, origin, owner_company_id, created_by,"
          + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?)";

  private void addCustomer(PreparedStatement insert, long id, CustomerForm c, Partner owner)
      throws SQLException {
    insert.setLong(1, id);
    insert.setString(2, owner == null ? "B" + id : null);
    insert.setString(3, c.name());
    insert.setString(4, c.uscc());
    insert.setString(5, c.industry());
    insert.setString(6, c.subIndustry());
    insert.setString(7, c.phone());
    insert.setString(8, c.fax());
    insert.setString(9, c.email());
    insert.setString(10, c.website());
    insert.setString(11, c.province());
    insert.setString(12, c.city());
    insert.setString(13, c.address());
    insert.setString(14, owner == null ? "BRAND" : "PARTNER");
    if (owner == null) {
      insert.setNull(15, java.sql.Types.BIGINT);
    } else {
      insert.setLong(15, owner.id());
    }
    insert.setTimestamp(16, Timestamp.valueOf(now));
    insert.addBatch();
  }

  private static final String REGISTRATION_INSERT =
      "INSERT INTO deal_registration (id, number, partner_company_id, organization_alias,"
          + " customer_id, customer_name, customer_uscc, customer_industry, customer_sub_industry,"
          + " customer_phone, customer_fax, customer_email, customer_website, customer_province,"
          + " customer_city, customer_address, contact_name, contact_phone, estimated_amount,"
          + " currency, expected_close_date, bid_date, win_probability, stage, status, created_by,"
          + " created_at, updated_at, submitted_at, submitted_by, decided_at, protected_until,"
          + " waiting_since)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '陈经理', '13800138000', ?,"
          + " 'CNY', ?, ?, 50, 'QUALIFICATION', ?, 'bench', ?, ?, ?, 'bench', ?, ?, ?)";

  /** Approved (most), under review, or expired and so no longer a candidate. */
  private String addRegistration(
      PreparedStatement insert, long id, Partner partner, long customerId, CustomerForm c)
      throws SQLException {
    int roll = random.nextInt(10);
    String status = roll < 7 ? "APPROVED" : roll < 9 ? "UNDER_REVIEW" : "EXPIRED";
    var submitted = now.minusDays(random.nextInt(90));
    insert.setLong(1, id);
    insert.setString(2, String.format("DR-2025-%07d", ++registrationNumber));
    insert.setLong(3, partner.id());
    insert.setString(4, partner.alias());
    insert.setLong(5, customerId);
    insert.setString(6, c.name());
    insert.setString(7, c.uscc());
    insert.setString(8, c.industry());
    insert.setString(9, c.subIndustry());
    insert.setString(10, c.phone());
    insert.setString(11, c.fax());
    insert.setString(12, c.email());
    insert.setString(13, c.website());
    insert.setString(14, c.province());
    insert.setString(15, c.city());
    insert.setString(16, c.address());
    insert.setBigDecimal(17, java.math.BigDecimal.valueOf(10_000L + random.nextInt(5_000_000)));
    insert.setObject(18, today.plusDays(60 + random.nextInt(120)));
    insert.setObject(19, today.plusDays(30));
    insert.setString(20, status);
    insert.setTimestamp(21, Timestamp.valueOf(submitted.minusDays(1)));
    insert.setTimestamp(22, Timestamp.valueOf(submitted));
    insert.setTimestamp(23, Timestamp.valueOf(submitted));
    insert.setTimestamp(24, status.equals("UNDER_REVIEW") ? null : Timestamp.valueOf(submitted));
    LocalDate until =
        switch (status) {
          case "APPROVED" -> today.plusDays(1 + random.nextInt(90));
          case "EXPIRED" -> today.minusDays(1 + random.nextInt(90));
          default -> null;
        };
    insert.setObject(25, until);
    // the review queue's clock: a claim under review waits from its submission
    insert.setTimestamp(26, status.equals("UNDER_REVIEW") ? Timestamp.valueOf(submitted) : null);
    insert.addBatch();
    return status;
  }

  private static final String KEY_INSERT =
      "INSERT IGNORE INTO match_key (key_kind, key_value, candidate_kind, candidate_id)"
          + " VALUES (?, ?, ?, ?)";
  private static final String CANDIDATE_INSERT =
      "INSERT INTO match_candidate (candidate_kind, candidate_id, keys_version, indexed_at)"
          + " VALUES (?, ?, ?, ?)";

  /** What {@code CandidateKeys.index} writes for a candidate. */
  private void index(PreparedStatement candidate, String kind, long id, CustomerForm c)
      throws SQLException {
    Set<MatchKey> subjectKeys = SubjectProfile.of(MatchSubjects.of(new CustomerDetails(c))).keys();
    for (var k : subjectKeys) {
      if (k.value().codePointCount(0, k.value().length()) > KEY_VALUE_MAX_LENGTH) {
        continue;
      }
      keyRows.add(new KeyRow(k.kind().name(), k.value(), kind, id));
      keys++;
    }
    candidate.setString(1, kind);
    candidate.setLong(2, id);
    candidate.setInt(3, CandidateKeys.VERSION);
    candidate.setTimestamp(4, Timestamp.valueOf(now));
    candidate.addBatch();
  }

  private long count(String from) throws SQLException {
    try (var statement = db.createStatement();
        var rows = statement.executeQuery("SELECT COUNT(*) FROM " + from)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private long max(String table) throws SQLException {
    try (var statement = db.createStatement();
        var rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Rows and bytes of the tables the conflict check reads, for the report. */
  String sizes() throws SQLException {
    var text = new StringBuilder();
    try (var statement = db.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT table_name, table_rows, ROUND((data_length + index_length) / 1048576)"
                    + " FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND table_name IN ('customer', 'deal_registration', 'match_key',"
                    + " 'match_candidate') ORDER BY table_name")) {
      while (rows.next()) {
        text.append(
            String.format(
                "%s ~%,d rows %,d MB; ", rows.getString(1), rows.getLong(2), rows.getLong(3)));
      }
    }
    return text.toString();
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
