package com.channelportal.evidence.control;

import com.channelportal.audit.entity.AuditEvent;
import com.channelportal.evidence.control.ChainWalk.Head;
import com.channelportal.evidence.control.ChainWalk.Link;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit chain read with plain JDBC, for the operator's command: it must work against the
 * database alone, without the portal or its JPA mapping. Reads exactly the columns the hash covers,
 * with times as the UTC wall-clock values they are stored as.
 */
final class JdbcChain {

  private final Connection connection;

  JdbcChain(Connection connection) {
    this.connection = connection;
  }

  Head head() throws SQLException {
    try (var statement =
            connection.prepareStatement(
                "SELECT last_hash, last_entry_id FROM audit_chain_head WHERE id = 1");
        var rows = statement.executeQuery()) {
      if (!rows.next()) {
        throw new SQLException("audit_chain_head has no row: is this the portal's database?");
      }
      long last = rows.getLong(2);
      return new Head(rows.getString(1), rows.wasNull() ? null : last);
    }
  }

  List<Link> page(long afterId, long upToId, int limit) throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "SELECT id, occurred_at, actor, actor_organization, action, subject_type, subject_id,"
                + " details, prev_hash, hash FROM audit_entry WHERE id > ? AND id <= ?"
                + " ORDER BY id LIMIT ?")) {
      statement.setLong(1, afterId);
      statement.setLong(2, upToId);
      statement.setInt(3, limit);
      var links = new ArrayList<Link>(limit);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          var event =
              new AuditEvent(
                  rows.getObject(2, LocalDateTime.class),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7),
                  rows.getString(8));
          links.add(new Link(rows.getLong(1), rows.getString(9), rows.getString(10), event));
        }
      }
      return links;
    }
  }
}
