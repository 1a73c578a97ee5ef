package com.channelportal.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.audit.control.AuditChain;
import com.channelportal.audit.entity.AuditEvent;
import com.channelportal.evidence.control.ChainWalk.Head;
import com.channelportal.evidence.control.ChainWalk.Link;
import com.channelportal.evidence.control.ChainWalk.Pages;
import com.channelportal.evidence.entity.ChainReport;
import com.channelportal.evidence.entity.ChainReport.BrokenLink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 27, 8, 0);

  /** More than two pages, with ids that have gaps (rolled-back inserts leave some). */
  private final List<Link> chain = chain(ChainWalk.PAGE * 2 + 17);

  private final List<Long> pagesAsked = new ArrayList<>();

  @Test
  void anIntactChainIsWalkedInPagesUpToItsHead() throws Exception {
    var report = ChainWalk.walk(headOf(chain), this::read);

    assertThat(report).isEqualTo(new ChainReport(chain.size(), null));
    assertThat(report.valid()).isTrue();
    assertThat(pagesAsked).hasSize(3);
    assertThat(report.toJson())
        .isEqualTo("{\"entries\":" + chain.size() + ",\"valid\":true,\"firstBrokenLink\":null}");
  }

  @Test
  void anEmptyLogIsIntact() throws Exception {
    var report =
        ChainWalk.walk(new Head(AuditChain.GENESIS, null), (after, upTo, limit) -> List.of());

    assertThat(report).isEqualTo(new ChainReport(0, null));
  }

  @Test
  void entriesAppendedAfterTheHeadWasReadAreNotWalked() throws Exception {
    var head = headOf(chain.subList(0, 600));

    assertThat(ChainWalk.walk(head, this::read)).isEqualTo(new ChainReport(600, null));
  }

  @Test
  void aChangedFieldBreaksTheChainAtThatEntryWithBothHashes() throws Exception {
    var tampered = new ArrayList<>(chain);
    var original = chain.get(700);
    var e = original.event();
    var changed =
        new AuditEvent(
            e.occurredAt(),
            "mallory",
            e.actorOrganization(),
            e.action(),
            e.subjectType(),
            e.subjectId(),
            e.details());
    tampered.set(700, new Link(original.id(), original.prevHash(), original.hash(), changed));

    var report = ChainWalk.walk(headOf(chain), pages(tampered));

    assertThat(report)
        .isEqualTo(
            new ChainReport(
                700,
                new BrokenLink(
                    original.id(),
                    AuditChain.hash(original.prevHash(), changed),
                    original.hash(),
                    "CONTENT")));
    assertThat(report.toJson())
        .contains("\"valid\":false")
        .contains("\"id\":" + original.id())
        .contains("\"reason\":\"CONTENT\"");
  }

  @Test
  void aRemovedEntryBreaksTheChainAtTheOneAfterIt() throws Exception {
    var removed = new ArrayList<>(chain);
    var gone = removed.remove(ChainWalk.PAGE);
    var next = chain.get(ChainWalk.PAGE + 1);

    var report = ChainWalk.walk(headOf(chain), pages(removed));

    assertThat(report.firstBrokenLink())
        .isEqualTo(new BrokenLink(next.id(), gone.prevHash(), gone.hash(), "LINK"));
    assertThat(report.entries()).isEqualTo(ChainWalk.PAGE);
  }

  @Test
  void aCutOffTailShowsAtTheHead() throws Exception {
    var cut = chain.subList(0, chain.size() - 2);
    var last = chain.get(chain.size() - 1);

    var report = ChainWalk.walk(headOf(chain), pages(cut));

    assertThat(report.firstBrokenLink())
        .isEqualTo(new BrokenLink(last.id(), last.hash(), cut.get(cut.size() - 1).hash(), "HEAD"));
  }

  @Test
  void theCommandRefusesMissingArgumentsAndNeverTakesAPasswordArgument() {
    var err = new ByteArrayOutputStream();
    var out = new ByteArrayOutputStream();

    int code =
        VerifyAuditChain.run(
            new String[] {"--url", "jdbc:mysql://localhost/portal", "--password", "secret"},
            null,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(VerifyAuditChain.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("PORTAL_DB_PASSWORD")
        .contains("--user");
    assertThat(out.size()).isZero();
  }

  private List<Link> read(long after, long upTo, int limit) {
    pagesAsked.add(after);
    return chain.stream().filter(l -> l.id() > after && l.id() <= upTo).limit(limit).toList();
  }

  private static Pages pages(List<Link> stored) {
    return (after, upTo, limit) ->
        stored.stream().filter(l -> l.id() > after && l.id() <= upTo).limit(limit).toList();
  }

  private static Head headOf(List<Link> chain) {
    var last = chain.get(chain.size() - 1);
    return new Head(last.hash(), last.id());
  }

  private static List<Link> chain(int length) {
    var links = new ArrayList<Link>();
    var previous = AuditChain.GENESIS;
    long id = 0;
    for (int i = 0; i < length; i++) {
      id += i % 97 == 0 ? 3 : 1;
      var event =
          new AuditEvent(
              T0.plusSeconds(i),
              "li.na",
              "brand",
              "registration.approved",
              "deal-registration",
              String.valueOf(i),
              "{}");
      var hash = AuditChain.hash(previous, event);
      links.add(new Link(id, previous, hash, event));
      previous = hash;
    }
    return links;
  }
}
