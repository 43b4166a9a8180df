package org.budgetdisclosure.catalog;

import java.util.Optional;
import org.budgetdisclosure.model.ClassificationCode;
import org.budgetdisclosure.model.ClassificationCode.Scheme;

/**
 * Reads a classification code as people write it: {@code 2010301}, {@code 201 03 01} (the
 * 类/款/项 split the disclosure tables print), with full-width digits or stray full-width spaces.
 */
public final class Codes {

    private Codes() {
    }

    /** The digits of {@code printed} with spaces removed and full-width digits folded; empty if anything else is in it. */
    public static Optional<String> digits(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(printed.length());
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            } else if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff')) {
                return Optional.empty();
            }
        }
        return b.length() == 0 ? Optional.empty() : Optional.of(b.toString());
    }

    /** A code of {@code scheme}, or empty when {@code printed} is not one (wrong characters or number of digits). */
    public static Optional<ClassificationCode> parse(Scheme scheme, String printed) {
        return digits(printed).filter(d -> validLength(scheme, d.length()))
                .map(d -> new ClassificationCode(scheme, d));
    }

    static boolean validLength(Scheme scheme, int n) {
        return n == 3 || n == 5 || n == 7 && scheme == Scheme.FUNCTION;
    }

    /** How many digits a code of the scheme may have, for messages. */
    static String lengthsText(Scheme scheme) {
        return scheme == Scheme.FUNCTION ? "3、5 或 7 位（类、款、项）" : "3 或 5 位（类、款）";
    }
}
