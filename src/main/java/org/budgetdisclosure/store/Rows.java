package org.budgetdisclosure.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Column helpers shared by the repositories' row mappers. */
final class Rows {

    private Rows() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    /**
     * A LIKE pattern that matches {@code text} literally anywhere, with {@link #LIKE_ESCAPE} as its escape
     * character. Not a backslash: JDBI's parser reads {@code '\'} as an escaped quote, which hides every
     * named parameter after it.
     */
    static String containsPattern(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    static final String LIKE_ESCAPE = "!";
}
