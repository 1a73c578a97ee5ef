package com.channelportal.registration.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.matching.control.CandidateIndex;
import com.channelportal.matching.control.ConflictMatcher;
import com.channelportal.matching.control.MatchKey;
import com.channelportal.matching.control.SubjectProfile;
import com.channelportal.matching.entity.Candidate;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.matching.entity.Match;
import com.channelportal.matching.entity.MatchSubject;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyLookupTest {

  private static final MatchKey SWITCHBOARD = new MatchKey(MatchKey.Kind.PHONE, "+867558888666");
  private static final MatchKey TRADE_NAME = new MatchKey(MatchKey.Kind.TRADE_NAME, "利泰");
  private static final MatchKey USCC = new MatchKey(MatchKey.Kind.USCC, "91440300MA5DLT2K0P");

  @Test
  void aKeyWithMoreRowsThanItsCapIsCrowdedAndItsRecordsAreNotLoaded() {
    var lookup = new KeyLookup();
    for (long id = 1; id <= KeyLookup.CONTACT_CAP + 1; id++) {
      lookup.add(SWITCHBOARD, CandidateKind.CUSTOMER, 100 + id);
    }
    lookup.add(TRADE_NAME, CandidateKind.CUSTOMER, 7);
    lookup.add(TRADE_NAME, CandidateKind.REGISTRATION, 8);

    assertThat(lookup.crowded()).containsExactly(SWITCHBOARD);
    assertThat(lookup.candidates().get(CandidateKind.CUSTOMER)).containsExactly(7L);
    assertThat(lookup.candidates().get(CandidateKind.REGISTRATION)).containsExactly(8L);
  }

  @Test
  void aKeyAtItsCapIsStillRead() {
    var lookup = new KeyLookup();
    for (long id = 1; id <= KeyLookup.CONTACT_CAP; id++) {
      lookup.add(SWITCHBOARD, CandidateKind.REGISTRATION, id);
    }

    assertThat(lookup.crowded()).isEmpty();
    assertThat(lookup.candidates().get(CandidateKind.REGISTRATION)).hasSize(KeyLookup.CONTACT_CAP);
  }

  @Test
  void nameKeysMayHaveMoreRowsThanContactKeysAndACodeIsNeverCrowded() {
    var lookup = new KeyLookup();
    for (long id = 1; id <= KeyLookup.USCC_CAP; id++) {
      lookup.add(USCC, CandidateKind.REGISTRATION, id);
    }
    for (long id = 1; id <= KeyLookup.NAME_CAP; id++) {
      lookup.add(TRADE_NAME, CandidateKind.CUSTOMER, id);
    }

    assertThat(KeyLookup.rowsRead(MatchKey.Kind.USCC)).isEqualTo(KeyLookup.USCC_CAP);
    assertThat(KeyLookup.rowsRead(MatchKey.Kind.PHONE)).isEqualTo(KeyLookup.CONTACT_CAP + 1);
    assertThat(KeyLookup.rowsRead(MatchKey.Kind.VARIANT)).isEqualTo(KeyLookup.NAME_CAP + 1);
    assertThat(lookup.crowded()).isEmpty();
    assertThat(lookup.candidates().get(CandidateKind.CUSTOMER)).hasSize(KeyLookup.NAME_CAP);
  }

  @Test
  void aCrowdedSwitchboardIsNoEvidenceAlthoughTheIndexHoldsOneRecordWithIt() {
    var probe = MatchSubject.named("深圳利泰机电有限公司").withPhone("0755-88886666");
    var namesake =
        new Candidate(
            "1",
            CandidateKind.CUSTOMER,
            MatchSubject.named("北京利泰科技有限公司").withPhone("0755-88886666"));
    var phone =
        SubjectProfile.of(probe).keys().stream()
            .filter(k -> k.kind() == MatchKey.Kind.PHONE)
            .findFirst()
            .orElseThrow();
    var index = new CandidateIndex();
    index.add(namesake);

    var selective = new KeyLookup();
    selective.add(phone, CandidateKind.CUSTOMER, 1);
    var crowded = new KeyLookup();
    for (long id = 1; id <= KeyLookup.CONTACT_CAP + 1; id++) {
      crowded.add(phone, CandidateKind.CUSTOMER, id);
    }

    var matcher = new ConflictMatcher(0);
    double withPhone = score(matcher.match(probe, index, selective.selectivity(index)));
    double withoutPhone = score(matcher.match(probe, index, crowded.selectivity(index)));

    assertThat(withoutPhone).isLessThan(withPhone);
    assertThat(score(matcher.match(probe, index))).isEqualTo(withPhone);
  }

  private static double score(List<Match> matches) {
    return matches.isEmpty() ? 0 : matches.get(0).score();
  }
}
