package com.channelportal.bench;

import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackSettings;
import com.channelportal.support.KeycloakTokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The conflict check and the submission measured through the API of a real stack (MariaDB,
 * Keycloak, Payara with the EAR) with real tokens, at growing amounts of data: loads synthetic
 * brand customers and registrations with their match keys ({@link BenchData}), then measures, one
 * request at a time after a warm-up, the blind availability check (the conflict lookup and scoring
 * without writes), a primary-key read of a customer through the same stack, and submissions of
 * drafts; at the end the throughput of submissions against an authenticated no-op ({@code GET
 * /api/v1/me}) with several client threads. Prints Markdown rows for docs/benchmarks.md.
 *
 * <p>A harness with a main, not a test: {@code docs/benchmarks/conflict-check.sh} runs it (the
 * availability check's per-user limit has to be raised for it through configuration).
 */
public final class ConflictCheckBenchmark {

  private static final String USER = "litai.user";
  private static final ZoneId BRAND_ZONE = ZoneId.of("Asia/Shanghai");

  private final PortalStack stack;
  private final Tokens tokens;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final Random random = new Random(42);
  private final int latencyRequests = Integer.getInteger("bench.requests", 1_000);
  private final int warmup = Integer.getInteger("bench.warmup", 300);
  private final int submissions = Integer.getInteger("bench.submissions", 100);
  private final AtomicInteger drafts = new AtomicInteger();

  private ConflictCheckBenchmark(PortalStack stack) {
    this.stack = stack;
    this.tokens =
        new Tokens(
            new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient());
  }

  public static void main(String[] args) throws Exception {
    long[] sizes =
        Arrays.stream(System.getProperty("bench.sizes", "10000,100000,1000000").split(","))
            .mapToLong(s -> Long.parseLong(s.strip()))
            .toArray();
    int threads = Integer.getInteger("bench.threads", 4);
    var tests = StackSettings.forTests();
    // kept across runs: a million customers take minutes to load, Keycloak's first start as long
    var settings =
        new StackSettings(
            tests.workDir(),
            tests.dbPort(),
            tests.keycloakPort(),
            tests.keycloakManagementPort(),
            tests.smtpPort(),
            tests.payaraPortBase(),
            tests.demoData(),
            Boolean.getBoolean("bench.fresh"),
            tests.ear(),
            tests.payaraZip(),
            tests.keycloakZip(),
            tests.propertyPrefix());
    var stack = PortalStack.start(settings);
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "bench-stop"));
    try {
      new ConflictCheckBenchmark(stack).run(sizes, threads);
    } finally {
      stack.close();
    }
    System.exit(0);
  }

  private void run(long[] sizes, int threads) throws Exception {
    System.out.printf(
        "Java %s, %d cores, benchmark JVM max heap %d MB%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    var rows = new ArrayList<String>();
    try (var data = new BenchData(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword(), 7)) {
      for (long size : sizes) {
        long start = System.nanoTime();
        data.addBrandCustomers(Math.max(0, size - data.brandCustomers()));
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "%n%,d brand customers, %,d registrations; %,d match keys written in %.0f s%n%s%n",
            data.brandCustomers(), data.registrations(), data.keys(), loadSeconds, data.sizes());
        rows.add(latencies(data));
        System.out.println(rows.get(rows.size() - 1));
        if (size == sizes[0]) {
          // first, so that a long load of the largest size cannot keep it from being measured
          throughput(data, threads);
        }
      }
      System.out.println();
      System.out.println(
          "| brand customers | registrations | availability p50 | p95 | p99"
              + " | PK read p50 | p95 | p99 | p95 ratio | submission p50 | p95 | under review |");
      System.out.println(
          "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
      rows.forEach(System.out::println);
    }
  }

  /** One row: availability and PK read interleaved, then sequential submissions. */
  private String latencies(BenchData data) throws Exception {
    var sample = data.sample();
    var probes = probes(sample, warmup + latencyRequests);
    var ids = data.litaiCustomerIds();
    for (int i = 0; i < warmup; i++) {
      availability(probes.get(i));
      customer(ids.get(random.nextInt(ids.size())));
    }
    long[] check = new long[latencyRequests];
    long[] read = new long[latencyRequests];
    for (int i = 0; i < latencyRequests; i++) {
      check[i] = availability(probes.get(warmup + i));
      read[i] = customer(ids.get(random.nextInt(ids.size())));
    }
    Arrays.sort(check);
    Arrays.sort(read);
    System.out.printf(
        Locale.ROOT,
        "availability p50 %s p95 %s p99 %s; PK read p50 %s p95 %s p99 %s%n",
        ms(check, 50),
        ms(check, 95),
        ms(check, 99),
        ms(read, 50),
        ms(read, 95),
        ms(read, 99));
    var pending = new ArrayList<Draft>();
    for (int i = 0; i < submissions; i++) {
      pending.add(createDraft(draftCustomer(sample)));
    }
    long[] submit = new long[submissions];
    int underReview = 0;
    for (int i = 0; i < submissions; i++) {
      long start = System.nanoTime();
      var outcome = submit(pending.get(i));
      submit[i] = System.nanoTime() - start;
      if (outcome.equals("UNDER_REVIEW")) {
        underReview++;
      }
    }
    Arrays.sort(submit);
    return String.format(
        Locale.ROOT,
        "| %,d | %,d | %s | %s | %s | %s | %s | %s | %.1f× | %s | %s | %d %% |",
        data.brandCustomers(),
        data.registrations(),
        ms(check, 50),
        ms(check, 95),
        ms(check, 99),
        ms(read, 50),
        ms(read, 95),
        ms(read, 99),
        (double) percentile(check, 95) / percentile(read, 95),
        ms(submit, 50),
        ms(submit, 95),
        underReview * 100 / submissions);
  }

  /**
   * What partners type into the check: mostly names (of known companies, respelled, or of new
   * ones), some codes and web domains.
   */
  private List<String> probes(List<CustomerForm> sample, int count) {
    var synthetic = new SyntheticCustomers(random.nextLong());
    var probes = new ArrayList<String>(count);
    while (probes.size() < count) {
      var known = sample.get(random.nextInt(sample.size()));
      int kind = random.nextInt(100);
      if (kind < 40) {
        probes.add(synthetic.respelled(known).name());
      } else if (kind < 70) {
        probes.add(synthetic.company().name());
      } else if (kind < 85 && known.uscc() != null) {
        probes.add(known.uscc());
      } else if (known.website() != null) {
        probes.add(known.website().substring("www.".length()));
      }
    }
    return probes;
  }

  /** Half a known company as another partner would type it, half a new one. */
  private CustomerForm draftCustomer(List<CustomerForm> sample) {
    var synthetic = new SyntheticCustomers(random.nextLong());
    var company =
        random.nextBoolean()
            ? synthetic.respelled(sample.get(random.nextInt(sample.size())))
            : synthetic.company();
    // a submission requires a code; a new valid one says nothing about the company
    return company.uscc() != null ? company : withUscc(company, synthetic.uscc());
  }

  private static CustomerForm withUscc(CustomerForm company, String uscc) {
    return new CustomerForm(
        company.name(),
        uscc,
        company.industry(),
        company.subIndustry(),
        company.phone(),
        company.fax(),
        company.email(),
        company.website(),
        company.province(),
        company.city(),
        company.address(),
        null);
  }

  /**
   * Submissions against the no-op in alternating rounds: the machine's load changes by the minute,
   * and a ratio of two rates measured in different minutes would show that change. Each round
   * measures the no-op, then submissions of drafts made before, then create + submit; the ratio
   * printed is the median of the rounds' ratios. Warm-up rounds of the same kind come first and are
   * printed but not counted: in one run the ratio had risen from round to round (12 % to 19 %)
   * while the JIT was still compiling the submission's path, and a server in service runs compiled.
   */
  private void throughput(BenchData data, int threads) throws Exception {
    var sample = data.sample();
    int rounds = Math.max(1, Integer.getInteger("bench.throughput.rounds", 5));
    int warmups = Math.max(0, Integer.getInteger("bench.throughput.warmup-rounds", 2));
    int perThread = Math.max(1, Integer.getInteger("bench.throughput.submissions", 100) / rounds);
    int meEach = Math.max(1, Integer.getInteger("bench.throughput.me", 2_000) / threads / rounds);
    int createEach = Math.max(1, perThread / 2);
    var pool = Executors.newFixedThreadPool(threads);
    try {
      for (int i = 0; i < 200; i++) {
        me();
      }
      List<List<Draft>> prepared = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        var mine = new ArrayList<Draft>();
        for (int i = 0; i < perThread * (warmups + rounds); i++) {
          mine.add(createDraft(draftCustomer(sample)));
        }
        prepared.add(mine);
      }
      var next = new AtomicInteger[threads];
      for (int t = 0; t < threads; t++) {
        next[t] = new AtomicInteger();
      }
      var meRates = new ArrayList<Double>();
      var submitRates = new ArrayList<Double>();
      var createRates = new ArrayList<Double>();
      var submitRatios = new ArrayList<Double>();
      var createRatios = new ArrayList<Double>();
      System.out.printf(
          "%n| round | GET /api/v1/me | submissions (drafts made before) | ratio"
              + " | create + submit | ratio |%n| --- | --- | --- | --- | --- | --- |%n");
      for (int round = 1 - warmups; round <= rounds; round++) {
        double me = rate(pool, threads, meEach, t -> me());
        double submit =
            rate(
                pool,
                threads,
                perThread,
                t -> submit(prepared.get(t).get(next[t].getAndIncrement())));
        double create =
            rate(pool, threads, createEach, t -> submit(createDraft(draftCustomer(sample))));
        if (round > 0) {
          meRates.add(me);
          submitRates.add(submit);
          createRates.add(create);
          submitRatios.add(submit / me);
          createRatios.add(create / me);
        }
        System.out.printf(
            Locale.ROOT,
            "| %s | %.0f/s | %.1f/s | %.0f %% | %.1f/s | %.0f %% |%n",
            round > 0 ? String.valueOf(round) : "warm-up " + (round + warmups),
            me,
            submit,
            submit * 100 / me,
            create,
            create * 100 / me);
      }
      System.out.printf(
          Locale.ROOT,
          "%n| client threads | rounds | GET /api/v1/me (median) | submissions (median) | median"
              + " ratio | create + submit (median) | median ratio |%n"
              + "| --- | --- | --- | --- | --- | --- | --- |%n"
              + "| %d | %d | %.0f/s | %.1f/s | %.0f %% | %.1f/s | %.0f %% |%n",
          threads,
          rounds,
          median(meRates),
          median(submitRates),
          median(submitRatios) * 100,
          median(createRates),
          median(createRatios) * 100);
    } finally {
      pool.shutdownNow();
    }
  }

  private static double median(List<Double> values) {
    var sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private interface Call {
    Object run(int thread) throws Exception;
  }

  /** Calls per second with {@code threads} clients, each doing {@code each} calls. */
  private static double rate(ExecutorService pool, int threads, int each, Call call)
      throws Exception {
    long start = System.nanoTime();
    var futures = new ArrayList<Future<?>>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < each; i++) {
                  call.run(thread);
                }
                return null;
              }));
    }
    for (var future : futures) {
      future.get();
    }
    return threads * each / ((System.nanoTime() - start) / 1e9);
  }

  private record Draft(long id, String etag) {}

  private long availability(String query) throws Exception {
    long start = System.nanoTime();
    var response =
        send(
            request("/api/v1/availability?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .GET());
    long elapsed = System.nanoTime() - start;
    if (response.statusCode() == 429) {
      throw new IllegalStateException(
          "The availability check refused with 429: raise"
              + " PORTAL_REGISTRATION_AVAILABILITY_PER_USER_PER_HOUR, _PER_USER_PER_DAY and"
              + " PORTAL_REGISTRATION_AVAILABILITY_PER_HOUR (docs/benchmarks/conflict-check.sh)");
    }
    expect(response, 200, "availability " + query);
    return elapsed;
  }

  private long customer(long id) throws Exception {
    long start = System.nanoTime();
    var response = send(request("/api/v1/customers/" + id).GET());
    long elapsed = System.nanoTime() - start;
    expect(response, 200, "customer " + id);
    return elapsed;
  }

  private Object me() throws Exception {
    var response = send(request("/api/v1/me").GET());
    expect(response, 200, "me");
    return response;
  }

  private Draft createDraft(CustomerForm c) throws Exception {
    var customer = Json.createObjectBuilder();
    add(customer, "name", c.name());
    add(customer, "uscc", c.uscc());
    add(customer, "industry", c.industry());
    add(customer, "subIndustry", c.subIndustry());
    add(customer, "phone", c.phone());
    add(customer, "email", c.email());
    add(customer, "website", c.website());
    add(customer, "province", c.province());
    add(customer, "city", c.city());
    var today = LocalDate.now(BRAND_ZONE);
    var form =
        Json.createObjectBuilder()
            .add("customer", customer)
            .add("contactName", "陈经理")
            .add("contactPhone", "0755-8888 6666")
            .add("contactEmail", "chen@example.com")
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("product", "伺服电机 SM-200")
                            .add("quantity", 12)))
            .add("estimatedAmount", "1250000.00")
            .add("expectedCloseDate", today.plusMonths(4).toString())
            .add("bidDate", today.plusMonths(2).toString())
            .add("winProbability", 60)
            .add("stage", "QUALIFICATION")
            .add("notes", "基准测试 " + drafts.incrementAndGet())
            .build();
    var response =
        send(
            request("/api/v1/registrations")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    expect(response, 201, "create " + c.name());
    return new Draft(
        json(response).getJsonNumber("id").longValue(),
        response.headers().firstValue("ETag").orElseThrow());
  }

  /** Submits and returns the outcome's status. */
  private String submit(Draft draft) throws Exception {
    var response =
        send(
            request("/api/v1/registrations/" + draft.id() + "/submission")
                .header("If-Match", draft.etag())
                .POST(HttpRequest.BodyPublishers.noBody()));
    expect(response, 200, "submit " + draft.id());
    return json(response).getString("status");
  }

  private static void add(jakarta.json.JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(stack.portalUrl() + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + tokens.get(USER));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void expect(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          what + ": HTTP " + response.statusCode() + " " + response.body());
    }
  }

  private static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private static long percentile(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static String ms(long[] sorted, int percent) {
    return String.format(Locale.ROOT, "%.1f ms", percentile(sorted, percent) / 1e6);
  }
}
