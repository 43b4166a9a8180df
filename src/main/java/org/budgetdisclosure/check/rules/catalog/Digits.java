package org.budgetdisclosure.check.rules.catalog;

/** Whether a code is all ASCII digits (without a regex: rules ask this for every row). */
final class Digits {

    private Digits() {
    }

    static boolean only(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
