package com.channelportal.matching.control;

import static com.channelportal.matching.entity.MatchReason.Code.KEY_UNSELECTIVE;
import static com.channelportal.matching.entity.MatchReason.Code.PHONE_EQUAL;
import static com.channelportal.matching.entity.MatchReason.Code.TRADE_NAME_EQUAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.matching.entity.Candidate;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.matching.entity.Match;
import com.channelportal.matching.entity.MatchReason;
import com.channelportal.matching.entity.MatchSubject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

  private static final String SWITCHBOARD = "0755-88886666";

  private final CandidateIndex index = new CandidateIndex();
  private final ConflictMatcher matcher = new ConflictMatcher();

  @Test
  void aSwitchboardSharedByTwentyCompaniesIsNoEvidence() {
    List<String> tenants =
        List.of(
            "亿和源", "华南电气", "本邦林", "东方明达", "信诚通", "中科金", "宏盛天", "瑞恒丰", "德新安", "康顺创", "伟业嘉", "辰星宇",
            "海洋光", "博远鸿", "运兴旺", "大通正", "元富汇", "鑫隆凯", "美佳龙", "腾飞跃");
    for (int i = 0; i < tenants.size(); i++) {
      add("t" + i, named("深圳" + tenants.get(i) + "科技有限公司").withPhone(SWITCHBOARD));
    }
    add("litai", named("深圳利泰机电有限公司").withPhone(SWITCHBOARD));

    assertThat(index.holders(phone(SWITCHBOARD)))
        .isGreaterThan(CandidateIndex.DEFAULT_CONTACT_LIMIT);
    assertThat(matcher.match(named("深圳新来的贸易有限公司").withPhone("+86 755 8888 6666"), index)).isEmpty();

    List<Match> matches = matcher.match(named("利泰机电").withPhone(SWITCHBOARD), index);
    assertThat(matches).extracting(m -> m.candidate().id()).containsExactly("litai");
    assertThat(matches.get(0).hasReason(PHONE_EQUAL)).isFalse();
    assertThat(reason(matches.get(0), KEY_UNSELECTIVE).params())
        .containsEntry("key", "PHONE")
        .containsEntry("value", "075588886666")
        .containsEntry("limit", "5");
  }

  @Test
  void oneCustomerRegisteredByManyPartnersKeepsItsPhoneSelective() {
    List<String> spellings = List.of("深圳利泰机电有限公司", "深圳市利泰机电有限公司", "利泰（深圳）机电有限公司", "利泰机电");
    for (int i = 0; i < 20; i++) {
      add("r" + i, named(spellings.get(i % spellings.size())).withPhone(SWITCHBOARD));
    }

    assertThat(index.holders(phone(SWITCHBOARD))).isEqualTo(1);
    List<Match> matches = matcher.match(named("LITAI").withPhone(SWITCHBOARD), index);
    assertThat(matches).hasSize(20).allMatch(m -> m.hasReason(PHONE_EQUAL));
  }

  @Test
  void aTradeNameOfTooManyCompaniesIsACommonWord() {
    var small = new CandidateIndex(5, 3);
    List<String> industries = List.of("机电", "科技", "贸易", "物流", "化工");
    for (int i = 0; i < industries.size(); i++) {
      small.add(candidate("h" + i, named("深圳华夏" + industries.get(i) + "有限公司")));
    }

    List<Match> matches = matcher.match(named("深圳华夏机电"), small);

    assertThat(matches).extracting(m -> m.candidate().id()).containsExactly("h0");
    assertThat(matches.get(0).hasReason(TRADE_NAME_EQUAL)).isFalse();
    assertThat(reason(matches.get(0), KEY_UNSELECTIVE).params()).containsEntry("key", "TRADE_NAME");
  }

  @Test
  void candidatesAreFoundByEachKindOfKey() {
    add("name", named("深圳利泰机电有限公司"));
    add("uscc", named("某某贸易商行").withUscc("914403001922038216"));
    add("domain", named("某某五金").withWebsite("www.huanan.com.cn"));
    add("phone", named("某某物流").withPhone("0755-82254848"));
    add("typo", named("深圳亿和源机电有限公司"));
    add("other", named("贵州本邦林"));

    assertThat(ids(named("Litai Electromechanical Co., Ltd."))).containsExactly("name");
    assertThat(ids(named("华为技术有限公司").withUscc("914403001922038216"))).containsExactly("uscc");
    assertThat(ids(named("华南").withEmail("chen@mail.huanan.com.cn"))).containsExactly("domain");
    assertThat(ids(named("X").withPhone("+86 755 8225 4848"))).containsExactly("phone");
    assertThat(ids(named("深圳亿利源机电"))).containsExactly("typo");
  }

  @Test
  void addingAnIdAgainReplacesTheCandidate() {
    add("1", named("深圳利泰机电有限公司"));
    add("1", named("贵州本邦林"));

    assertThat(index.size()).isEqualTo(1);
    assertThat(ids(named("深圳利泰机电"))).isEmpty();
    assertThat(ids(named("本邦林"))).containsExactly("1");
  }

  @Test
  void theSameIdOfAnotherKindIsAnotherCandidate() {
    index.add(new Candidate("1", CandidateKind.CUSTOMER, named("深圳利泰机电有限公司")));
    index.add(new Candidate("1", CandidateKind.REGISTRATION, named("深圳利泰机电有限公司")));

    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void aLookupReturnsAFewOfTenThousand() {
    var companies = new SyntheticCompanies(7);
    List<Candidate> candidates = companies.candidates(10_000);
    index.addAll(candidates);

    int found = 0;
    for (int i = 0; i < 200; i++) {
      found += index.lookup(SubjectProfile.of(companies.company())).size();
    }

    assertThat(found / 200.0).isLessThan(100);
  }

  @Test
  void theLookupMissesNoMatchWorthAReview() {
    var companies = new SyntheticCompanies(11);
    List<Candidate> candidates = companies.candidates(3_000);
    index.addAll(candidates);
    var probes = new ArrayList<MatchSubject>();
    for (int i = 0; i < 100; i++) {
      probes.add(companies.company());
      probes.add(companies.respelled(candidates.get(i * 7).subject()));
    }

    for (MatchSubject probe : probes) {
      Map<String, Double> indexed = scores(matcher.match(probe, index));
      Map<String, Double> all = scores(matcher.matchAll(probe, index));

      assertThat(all).as(probe.name()).containsAllEntriesOf(indexed);
      all.entrySet().stream()
          .filter(e -> e.getValue() >= ConflictMatcher.REVIEW)
          .forEach(
              e -> assertThat(indexed).as(probe.name()).containsEntry(e.getKey(), e.getValue()));
    }
    assertThat(probes.stream().filter(p -> !matcher.match(p, index).isEmpty()).count())
        .as("the respelled half at least finds its original")
        .isGreaterThanOrEqualTo(100);
  }

  @Test
  void readsInParallelWithWrites() throws Exception {
    var companies = new SyntheticCompanies(3);
    index.addAll(companies.candidates(2_000));
    List<Candidate> more =
        companies.candidates(2_000).stream()
            .map(c -> new Candidate("more" + c.id(), c.kind(), c.subject()))
            .toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<?> writer = pool.submit(() -> index.addAll(more));
      List<Future<Integer>> readers =
          IntStream.range(0, 3).mapToObj(i -> pool.submit(() -> lookups(300))).toList();
      writer.get();
      for (Future<Integer> reader : readers) {
        assertThat(reader.get()).isPositive();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(index.size()).isEqualTo(4_000);
  }

  private int lookups(int count) {
    var probes = new SyntheticCompanies(99);
    int found = 0;
    for (int i = 0; i < count; i++) {
      found += matcher.match(probes.company(), index).size() + 1;
    }
    return found;
  }

  private List<String> ids(MatchSubject probe) {
    return index.lookup(SubjectProfile.of(probe)).stream()
        .map(entry -> entry.candidate().id())
        .toList();
  }

  private static Map<String, Double> scores(List<Match> matches) {
    return matches.stream()
        .collect(Collectors.toMap(m -> m.candidate().kind() + m.candidate().id(), Match::score));
  }

  private void add(String id, MatchSubject subject) {
    index.add(candidate(id, subject));
  }

  private static Candidate candidate(String id, MatchSubject subject) {
    return new Candidate(id, CandidateKind.REGISTRATION, subject);
  }

  private static MatchSubject named(String name) {
    return MatchSubject.named(name);
  }

  private static MatchKey phone(String raw) {
    return new MatchKey(MatchKey.Kind.PHONE, PhoneNumbers.normalize(raw).orElseThrow());
  }

  private static MatchReason reason(Match match, MatchReason.Code code) {
    return match.reasons().stream().filter(r -> r.code() == code).findFirst().orElseThrow();
  }
}
