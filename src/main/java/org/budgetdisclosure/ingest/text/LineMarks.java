package org.budgetdisclosure.ingest.text;

/**
 * What a line holds that its reading depends on, noted by {@link StrictUtf8} in the pass that decodes
 * the bytes anyway, so that {@link SourceLine} need not look at every character again. (Text given as a String is cut by
 * {@link TextDisclosureReader#lines}, whose searches with indexOf cost about what one more pass over the
 * characters to mark them would.)
 *
 * <p>A line's marks are one int: the flags below, and the number of tabs counted in units of {@link #TAB}.
 */
final class LineMarks {

    /** The line holds a '<' or a '*', where markup may start. */
    static final int MARKUP = 1;
    /** The line holds a no-break space. */
    static final int NBSP = 2;
    /** The line holds two spaces in a row. */
    static final int SPACES = 4;
    /** One tab; the marks' bits from here up count them. */
    static final int TAB = 8;

    private LineMarks() {
    }
}
