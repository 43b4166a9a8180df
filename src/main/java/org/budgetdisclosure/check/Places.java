package org.budgetdisclosure.check;

import java.util.List;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.Table;

/** Builds locations and the “how expected was computed” text for table cells. */
public final class Places {

    private Places() {
    }

    public static Location cell(Table t, Row r, String columnKey) {
        return cell(t, r, r.label(), columnLabel(t, columnKey));
    }

    public static Location row(Table t, Row r) {
        return cell(t, r, r.label(), null);
    }

    /**
     * As {@link #cell(Table, Row, String)} with the row's label and the column's already at hand: a sum
     * rule names the same parts in several columns, and labelling a row (a concatenation) each time showed.
     */
    public static Location cell(Table t, Row r, String rowLabel, String columnLabel) {
        SourceRef at = r.at();
        return at == null ? new Location(null, null, null, t.id(), rowLabel, columnLabel, null)
                : new Location(at.source(), at.line(), at.page(), t.id(), rowLabel, columnLabel, null);
    }

    public static String columnLabel(Table t, String key) {
        // a plain loop: this runs for every cell a rule looks at, a stream per call was a hot spot
        List<Column> columns = t.columns();
        for (int i = 0; i < columns.size(); i++) { // by index: no iterator per call either
            Column c = columns.get(i);
            if (c.key().equals(key)) {
                return c.label();
            }
        }
        return key;
    }

    /** “行政运行 610.96 + 事业运行 192.29 + …”: each part named, at most a handful shown. */
    public static String sumText(List<String> names, List<Money> amounts) {
        int shown = Math.min(names.size(), 6);
        // sized for the text exactly: an estimate's slack is paid twice over, once in the first one-byte
        // buffer and again when the first Chinese name makes the builder widen it to two bytes a character
        int size = 0;
        for (int i = 0; i < shown; i++) {
            size += (i > 0 ? 3 : 0) + names.get(i).length() + 1 + formattedLength(amounts.get(i));
        }
        if (names.size() > shown) {
            size += 10 + Integer.toString(names.size()).length(); // " + …（共 " and " 项）"
        }
        StringBuilder s = new StringBuilder(size);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                s.append(" + ");
            }
            appendFormatted(s.append(names.get(i)).append(' '), amounts.get(i));
        }
        if (names.size() > shown) {
            s.append(" + …（共 ").append(names.size()).append(" 项）");
        }
        return s.toString();
    }

    /** The length of {@link Money#formatted()} of {@code m}, as {@link #appendFormatted} writes it. */
    static int formattedLength(Money m) {
        if (m.value().precision() > 17) {
            return m.formatted().length();
        }
        long cents = m.value().scaleByPowerOfTen(2).longValue(); // scale 2: a whole number of cents
        int length = 3; // the point and two decimals
        if (cents < 0) {
            length++;
            cents = -cents;
        }
        int digits = 1;
        for (long w = cents / 100; w >= 10; w /= 10) {
            digits++;
        }
        return length + digits + (digits - 1) / 3; // a comma before each further group of three
    }

    /**
     * Appends {@link Money#formatted()} of {@code m} (“1,229.70”), for the usual amount straight from its
     * cents, without the number object and the two strings formatting it on its own makes.
     */
    static StringBuilder appendFormatted(StringBuilder s, Money m) {
        if (m.value().precision() > 17) {
            return s.append(m.formatted());
        }
        long cents = m.value().scaleByPowerOfTen(2).longValue(); // scale 2: a whole number of cents
        if (cents < 0) {
            s.append('-');
            cents = -cents;
        }
        long whole = cents / 100;
        int groups = 0;
        for (long w = whole; w >= 1000; w /= 1000) {
            groups++;
        }
        long div = 1;
        for (int g = 0; g < groups; g++) {
            div *= 1000;
        }
        s.append(whole / div);
        for (int g = 0; g < groups; g++) {
            whole %= div;
            div /= 1000;
            long part = whole / div;
            s.append(',').append((char) ('0' + part / 100)).append((char) ('0' + part / 10 % 10)).append((char) ('0' + part % 10));
        }
        long c = cents % 100;
        return s.append('.').append((char) ('0' + c / 10)).append((char) ('0' + c % 10));
    }
}
