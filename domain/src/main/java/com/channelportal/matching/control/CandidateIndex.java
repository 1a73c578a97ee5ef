package com.channelportal.matching.control;

import com.channelportal.matching.entity.Candidate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Candidates by their {@link MatchKey keys}, so that a probe is scored against the few records it
 * shares a key with instead of all of them, and the count of companies behind each key that tells
 * whether it is selective.
 *
 * <p>Limits are per kind of key. A phone or domain shared by more than 5 companies is a
 * switchboard, a hosting company or a typo'd default; a trade name is legitimately shared by
 * namesakes in other cities and industries (the score discounts those), so only one shared by more
 * than 30 is a common word. Companies are counted by {@link CompanyName#identity()}, so the same
 * customer registered by many partners counts once.
 *
 * <p>Thread-safe: any number of lookups run in parallel, an {@link #add} waits for them and they
 * for it.
 */
public final class CandidateIndex implements KeySelectivity {

  public static final int DEFAULT_CONTACT_LIMIT = 5;
  public static final int DEFAULT_NAME_LIMIT = 30;

  /** A candidate with its normalized profile. */
  public record Entry(Candidate candidate, SubjectProfile profile) {}

  private final Map<MatchKey.Kind, Integer> limits = new EnumMap<>(MatchKey.Kind.class);
  private final Map<MatchKey, List<Entry>> byKey = new HashMap<>();
  private final Map<String, Entry> byId = new LinkedHashMap<>();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  public CandidateIndex() {
    this(DEFAULT_CONTACT_LIMIT, DEFAULT_NAME_LIMIT);
  }

  /**
   * @param contactLimit most companies a phone or domain may be shared by and still count
   * @param nameLimit the same for trade names, their pinyin and typo variants
   */
  public CandidateIndex(int contactLimit, int nameLimit) {
    for (MatchKey.Kind kind : MatchKey.Kind.values()) {
      limits.put(kind, nameLimit);
    }
    limits.put(MatchKey.Kind.PHONE, contactLimit);
    limits.put(MatchKey.Kind.DOMAIN, contactLimit);
    limits.put(MatchKey.Kind.USCC, Integer.MAX_VALUE);
  }

  /** Adds or, for a known id and kind, replaces a candidate. */
  public void add(Candidate candidate) {
    var entry = new Entry(candidate, SubjectProfile.of(candidate.subject()));
    lock.writeLock().lock();
    try {
      Entry old = byId.put(idOf(candidate), entry);
      if (old != null) {
        old.profile().keys().forEach(key -> byKey.get(key).remove(old));
      }
      entry
          .profile()
          .keys()
          .forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(entry));
    } finally {
      lock.writeLock().unlock();
    }
  }

  public void addAll(Collection<Candidate> candidates) {
    candidates.forEach(this::add);
  }

  public int size() {
    lock.readLock().lock();
    try {
      return byId.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Every candidate sharing a selective key with {@code probe}, each once. */
  public List<Entry> lookup(SubjectProfile probe) {
    lock.readLock().lock();
    try {
      Set<Entry> found = new HashSet<>();
      var result = new ArrayList<Entry>();
      for (MatchKey key : probe.keys()) {
        List<Entry> entries = byKey.get(key);
        if (entries != null && countHolders(entries, limit(key.kind())) <= limit(key.kind())) {
          entries.stream().filter(found::add).forEach(result::add);
        }
      }
      return result;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** All candidates, for comparing a probe with each of them (benchmarks and tests). */
  public List<Entry> all() {
    lock.readLock().lock();
    try {
      return List.copyOf(byId.values());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public int holders(MatchKey key) {
    lock.readLock().lock();
    try {
      return countHolders(byKey.getOrDefault(key, List.of()), limit(key.kind()));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public int limit(MatchKey.Kind kind) {
    return limits.get(kind);
  }

  /** Distinct holders, counted only until the limit is passed: a key in 10 000 records costs 31. */
  private static int countHolders(List<Entry> entries, int limit) {
    Set<Object> holders = new HashSet<>();
    for (Entry entry : entries) {
      if (holders.add(entry.profile().holder()) && holders.size() > limit) {
        break;
      }
    }
    return holders.size();
  }

  private static String idOf(Candidate candidate) {
    return candidate.kind() + ":" + Objects.requireNonNull(candidate.id());
  }
}
