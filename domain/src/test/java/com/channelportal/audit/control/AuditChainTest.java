package com.channelportal.audit.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.audit.control.Verification.Broken;
import com.channelportal.audit.control.Verification.Intact;
import com.channelportal.audit.control.Verification.Problem;
import com.channelportal.audit.entity.AuditEntry;
import com.channelportal.audit.entity.AuditEvent;
import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 27, 8, 30, 15, 123_456_000);

  private static final AuditEvent APPROVED =
      new AuditEvent(
          T0,
          "zhang.wei",
          "brand",
          "application.approved",
          "partner-application",
          "42",
          "{\"tier\":\"GOLD\"}");

  @Nested
  class Hashing {

    /** Computed outside Java from the layout the class comment documents. */
    @Test
    void theDocumentedEncodingGivesAKnownHash() {
      assertThat(AuditChain.hash(AuditChain.GENESIS, APPROVED))
          .isEqualTo("193ea34a1e4727b76cc7b9009c994111f7dbb70bb22645177327556aeaf73251");
      var anonymous =
          new AuditEvent(
              T0,
              "anonymous",
              null,
              "application.submitted",
              "partner-application",
              "7",
              "{\"source\":\"PUBLIC_FORM\",\"uscc\":\"914403001922038216\"}");
      assertThat(AuditChain.hash(AuditChain.GENESIS, anonymous))
          .isEqualTo("d308f69bbe6fc889a7a1908ae795aa34a1afad5a5d9405ae2f9ad817d4a4ec63");
    }

    @Test
    void genesisIs64Zeros() {
      assertThat(AuditChain.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void theHashIsLowerCaseHexSha256() {
      assertThat(AuditChain.hash(AuditChain.GENESIS, APPROVED)).matches("[0-9a-f]{64}");
    }

    @Test
    void movingTextAcrossAFieldBoundaryChangesTheHash() {
      var one = event("ab", "c");
      var other = event("a", "bc");

      assertThat(AuditChain.canonical(AuditChain.GENESIS, one))
          .isNotEqualTo(AuditChain.canonical(AuditChain.GENESIS, other));
      assertThat(AuditChain.hash(AuditChain.GENESIS, one))
          .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, other));
    }

    @Test
    void noOrganizationDiffersFromAnEmptyOne() {
      assertThat(AuditChain.hash(AuditChain.GENESIS, event("anonymous", null)))
          .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, event("anonymous", "")));
    }

    @Test
    void aSeparatorInsideAFieldCannotForgeAnotherSplit() {
      // a naive "|"-joined encoding would make these two identical
      assertThat(AuditChain.hash(AuditChain.GENESIS, event("a|b", "c")))
          .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, event("a", "b|c")));
    }

    @Test
    void thePreviousHashIsPartOfTheHash() {
      assertThat(AuditChain.hash("1".repeat(64), APPROVED))
          .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, APPROVED));
    }

    @Test
    void nanosecondsAreCutToTheMicrosecondsTheDatabaseKeeps() {
      var precise = withTime(T0.plusNanos(789));

      assertThat(precise.occurredAt()).isEqualTo(T0);
      assertThat(AuditChain.hash(AuditChain.GENESIS, precise))
          .isEqualTo(AuditChain.hash(AuditChain.GENESIS, APPROVED));
    }

    @Test
    void aWholeSecondStillHasSixFractionDigits() {
      var whole = withTime(LocalDateTime.of(2026, 1, 2, 3, 4, 5));
      var text = new String(AuditChain.canonical(AuditChain.GENESIS, whole), UTF_8);

      assertThat(text).contains("2026-01-02T03:04:05.000000");
    }

    @Test
    void nonAsciiTextIsCountedInUtf8Bytes() {
      byte[] bytes = AuditChain.canonical(AuditChain.GENESIS, event("王建新", null));
      var name = "王建新".getBytes(UTF_8);
      var field = ByteBuffer.allocate(5 + name.length).put((byte) 1).putInt(9).put(name).array();

      assertThat(name).hasSize(9);
      assertThat(Collections.indexOfSubList(asList(bytes), asList(field))).isPositive();
    }
  }

  @Nested
  class Verifying {

    @Test
    void anIntactChainEndsAtItsNewestHash() {
      var chain = chain(5);

      assertThat(AuditChain.verify(chain)).isEqualTo(new Intact(5, chain.get(4).getHash()));
      assertThat(AuditChain.verify(AuditChain.GENESIS, chain, chain.get(4).getHash()).isIntact())
          .isTrue();
    }

    @Test
    void anEmptyChainIsIntactAtGenesis() {
      assertThat(AuditChain.verify(List.of())).isEqualTo(new Intact(0, AuditChain.GENESIS));
    }

    @Test
    void aChangedFieldIsFoundAtItsEntry() {
      var chain = chain(5);
      var original = chain.get(2);
      var event = original.event();
      var forged =
          new AuditEvent(
              event.occurredAt(),
              "someone.else",
              event.actorOrganization(),
              event.action(),
              event.subjectType(),
              event.subjectId(),
              event.details());
      chain.set(2, new AuditEntry(forged, original.getPrevHash(), original.getHash()));

      assertThat(AuditChain.verify(chain)).isEqualTo(new Broken(2, null, Problem.CONTENT));
    }

    @Test
    void changedDetailsAreFound() {
      var chain = chain(3);
      var original = chain.get(1);
      var event = original.event();
      var forged =
          new AuditEvent(
              event.occurredAt(),
              event.actor(),
              event.actorOrganization(),
              event.action(),
              event.subjectType(),
              event.subjectId(),
              "{\"reason\":\"changed afterwards\"}");
      chain.set(1, new AuditEntry(forged, original.getPrevHash(), original.getHash()));

      assertThat(AuditChain.verify(chain)).isEqualTo(new Broken(1, null, Problem.CONTENT));
    }

    @Test
    void aChangedEntryWithARecomputedHashBreaksTheNextLink() {
      var chain = chain(5);
      var original = chain.get(2);
      var forged = withTime(original.getOccurredAt().minusDays(1));
      chain.set(
          2,
          new AuditEntry(
              forged, original.getPrevHash(), AuditChain.hash(original.getPrevHash(), forged)));

      assertThat(AuditChain.verify(chain)).isEqualTo(new Broken(3, null, Problem.LINK));
    }

    @Test
    void aRemovedEntryBreaksTheLinkOfItsSuccessor() {
      var chain = chain(5);
      chain.remove(2);

      assertThat(AuditChain.verify(chain)).isEqualTo(new Broken(2, null, Problem.LINK));
    }

    @Test
    void removingTheFirstEntryIsFound() {
      var chain = chain(3);
      chain.remove(0);

      assertThat(AuditChain.verify(chain)).isEqualTo(new Broken(0, null, Problem.LINK));
    }

    @Test
    void reorderedEntriesAreFound() {
      var chain = chain(5);
      Collections.swap(chain, 1, 2);

      assertThat(AuditChain.verify(chain)).isEqualTo(new Broken(1, null, Problem.LINK));
    }

    @Test
    void aCutOffTailIsFoundOnlyAgainstTheHead() {
      var chain = chain(5);
      var head = chain.get(4).getHash();
      chain.remove(4);

      assertThat(AuditChain.verify(chain).isIntact()).isTrue();
      assertThat(AuditChain.verify(AuditChain.GENESIS, chain, head))
          .isEqualTo(new Broken(4, null, Problem.HEAD));
    }

    @Test
    void aSegmentVerifiesFromThePredecessorOfItsFirstEntry() {
      var chain = chain(6);
      var segment = chain.subList(3, 6);

      assertThat(AuditChain.verify(chain.get(2).getHash(), segment, chain.get(5).getHash()))
          .isEqualTo(new Intact(3, chain.get(5).getHash()));
      assertThat(AuditChain.verify(segment)).isEqualTo(new Broken(0, null, Problem.LINK));
    }
  }

  private static List<Byte> asList(byte[] bytes) {
    var list = new ArrayList<Byte>(bytes.length);
    for (byte b : bytes) {
      list.add(b);
    }
    return list;
  }

  /** A chain as AuditLog writes it: each entry hashed after the one before. */
  private static List<AuditEntry> chain(int length) {
    var entries = new ArrayList<AuditEntry>();
    var previous = AuditChain.GENESIS;
    for (int i = 0; i < length; i++) {
      var event =
          new AuditEvent(
              T0.plusSeconds(i),
              i % 2 == 0 ? "anonymous" : "zhang.wei",
              i % 2 == 0 ? null : "brand",
              "application.submitted",
              "partner-application",
              String.valueOf(100 + i),
              "{}");
      var hash = AuditChain.hash(previous, event);
      entries.add(new AuditEntry(event, previous, hash));
      previous = hash;
    }
    return entries;
  }

  private static AuditEvent event(String actor, String organization) {
    return new AuditEvent(T0, actor, organization, "a", "t", "1", "{}");
  }

  private static AuditEvent withTime(LocalDateTime time) {
    return new AuditEvent(
        time,
        APPROVED.actor(),
        APPROVED.actorOrganization(),
        APPROVED.action(),
        APPROVED.subjectType(),
        APPROVED.subjectId(),
        APPROVED.details());
  }
}
