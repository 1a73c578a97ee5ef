package com.channelportal.audit.control;

import com.channelportal.audit.entity.AuditEntry;
import com.channelportal.audit.entity.AuditEvent;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The hash chain of the audit log: each entry's hash covers its predecessor's hash and all its own
 * fields, so changing, removing or reordering a stored entry breaks the chain at that entry.
 *
 * <p>The hash is the lower-case hex SHA-256 of this encoding (version 1):
 *
 * <ol>
 *   <li>the ASCII bytes of {@link #ENCODING}, as a version tag;
 *   <li>then, in this order: prev_hash, occurred_at, actor, actor_organization, action,
 *       subject_type, subject_id, details. Each field is one byte {@code 0} if it is null, else one
 *       byte {@code 1}, its length in UTF-8 bytes as a 4-byte big-endian integer, and those bytes.
 * </ol>
 *
 * occurred_at is written as {@code uuuu-MM-dd'T'HH:mm:ss.SSSSSS} (UTC, always six fraction digits).
 * The length prefixes make the encoding unambiguous: no two different entries encode to the same
 * bytes, whatever characters their fields contain, and null differs from empty. The id is not
 * hashed: it is assigned by the database, and the chain itself fixes the order.
 */
public final class AuditChain {

  /** The predecessor of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  public static final String ENCODING = "channel-portal/audit/v1";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

  private AuditChain() {}

  public static String hash(String prevHash, AuditEvent event) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(canonical(prevHash, event)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The bytes the hash is computed over; see the class comment. */
  public static byte[] canonical(String prevHash, AuditEvent event) {
    var bytes = new ByteArrayOutputStream(256 + event.details().length());
    try (var out = new DataOutputStream(bytes)) {
      out.write(ENCODING.getBytes(StandardCharsets.US_ASCII));
      field(out, prevHash);
      field(out, TIME.format(event.occurredAt()));
      field(out, event.actor());
      field(out, event.actorOrganization());
      field(out, event.action());
      field(out, event.subjectType());
      field(out, event.subjectId());
      field(out, event.details());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Checks a chain from its first entry, which must follow {@link #GENESIS}. */
  public static Verification verify(List<AuditEntry> entries) {
    return verify(GENESIS, entries, null);
  }

  /**
   * Checks {@code entries} in the given order (by id), starting after {@code startHash}.
   *
   * @param expectedHead the chain head's hash read with the entries, or null; with it, entries
   *     missing at the end are found too, which no link can show
   */
  public static Verification verify(
      String startHash, List<AuditEntry> entries, @Nullable String expectedHead) {
    String previous = Objects.requireNonNull(startHash, "startHash");
    for (int i = 0; i < entries.size(); i++) {
      var entry = entries.get(i);
      if (!entry.getPrevHash().equals(previous)) {
        return new Verification.Broken(i, entry.getId(), Verification.Problem.LINK);
      }
      if (!hash(previous, entry.event()).equals(entry.getHash())) {
        return new Verification.Broken(i, entry.getId(), Verification.Problem.CONTENT);
      }
      previous = entry.getHash();
    }
    if (expectedHead != null && !expectedHead.equals(previous)) {
      return new Verification.Broken(entries.size(), null, Verification.Problem.HEAD);
    }
    return new Verification.Intact(entries.size(), previous);
  }

  private static void field(DataOutputStream out, @Nullable String value) throws IOException {
    if (value == null) {
      out.writeByte(0);
      return;
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeByte(1);
    out.writeInt(utf8.length);
    out.write(utf8);
  }
}
