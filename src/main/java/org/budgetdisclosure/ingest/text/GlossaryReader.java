package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.GlossaryTerm;

/**
 * Reads part 4, 名词解释: numbered terms such as “一、**财政拨款**:指由…” and “七、“三公”经费:指…”.
 * The term is the bold text after the number when there is one, else the text before the first
 * colon (half- or full-width), else the text before “指”. Lines without a number continue the
 * definition above them, except the closing lines of the document (the signing department, a
 * date), which belong to no term.
 */
final class GlossaryReader {

    /** A term is a short name; a longer text before the first colon is a sentence. */
    private static final int MAX_TERM = 30;

    /** A closing line (signature, date) is short; see {@link #closingLines}. */
    private static final int MAX_CLOSING = 40;

    /** Sentence punctuation: a closing line has none. */
    private static final String SENTENCE_PUNCTUATION = "。，、；;：:,！？";
    /** What ends a sentence, last on a line. */
    private static final String SENTENCE_END = "。！？.";
    private static final Pattern DATE = Pattern.compile("^(?:19|20)\\d{2}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?$"
            + "|^(?:19|20)\\d{2}[-./]\\d{1,2}[-./]\\d{1,2}$");
    /** How the names of Chinese public bodies end (昌吉市人民政府办公室, …局, …委员会, …中心). */
    private static final Pattern BODY_NAME = Pattern.compile("(办公室|办|局|委员会|委|中心|政府|厅|院|所|部|处|会|站|馆|校|队|社|室|公司)$");

    private static final Pattern COLON_END = Pattern.compile("[:：]$");
    /** What {@link #definition} takes off the front of a definition, with the strip after it. */
    static final Pattern LEADING_COLON = Pattern.compile("^\\s*[:：]\\s*");

    private GlossaryReader() {
    }

    static List<GlossaryTerm> read(List<SourceLine> part4, ReadContext ctx) {
        List<SourceLine> closing = closingLines(part4);
        List<Draft> drafts = new ArrayList<>();
        for (SourceLine l : part4) {
            String t = l.joined();
            if (t.isEmpty() || closing.contains(l)) {
                continue;
            }
            Ordinals.ItemAt item = Ordinals.itemAt(t, Ordinals.CHINESE_ITEM, Ordinals.ARABIC_ITEM);
            if (item != null) {
                drafts.add(split(l, t, item, ctx));
            } else if (!drafts.isEmpty()) {
                Draft d = drafts.get(drafts.size() - 1);
                d.definition = d.definition.isEmpty() ? t : Texts.joinCjk(d.definition + " " + t);
            }
            // text before the first term is an introduction (“本部分名词解释如下：”)
        }
        List<GlossaryTerm> out = new ArrayList<>(drafts.size());
        int expected = 1;
        for (Draft d : drafts) {
            if (d.number != expected) {
                ctx.notice("READ-GLOSSARY", "名词解释编号不连续：应为第 " + expected + " 项，实为第 " + d.number + " 项。", d.line);
            }
            expected = d.number + 1;
            if (d.definition.isEmpty()) {
                ctx.warning("READ-GLOSSARY", "名词“" + d.term + "”没有解释。", d.line);
            }
            out.add(new GlossaryTerm(d.number, d.term, d.definition, ctx.at(d.line)));
        }
        if (out.isEmpty() && part4.stream().anyMatch(l -> !l.isBlank())) {
            ctx.warning("READ-GLOSSARY", "名词解释中没有读到编号的名词。", part4.get(0).number());
        }
        return out;
    }

    private static final class Draft {
        final int number;
        final String term;
        String definition;
        final int line;

        Draft(int number, String term, String definition, int line) {
            this.number = number;
            this.term = term;
            this.definition = definition;
            this.line = line;
        }
    }

    /**
     * Splits “财政拨款:指由…” (the text after the number, {@code text} from {@code item.restStart()}) into the
     * term and its definition. They are cut straight out of the line: the rest after the number, stripped,
     * is cut out only when the line ends in whitespace (then the offsets below are in that copy).
     */
    private static Draft split(SourceLine l, String text, Ordinals.ItemAt item, ReadContext ctx) {
        int from = item.restStart();
        int n = text.length();
        while (from < n && Texts.isWhitespace(text.charAt(from))) {
            from++;
        }
        int end = n;
        while (end > from && Texts.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end < n) {
            text = text.substring(from, end);
            from = 0;
        }
        // from here on the rest is text[from, text.length())
        String bold = boldTerm(l);
        if (bold != null && text.startsWith(bold, from) && bold.length() <= MAX_TERM) {
            return new Draft(item.number(), bold, definition(text, from + bold.length()), l.number());
        }
        int colon = firstColon(text, from);
        if (colon > 0 && colon <= MAX_TERM) {
            return new Draft(item.number(), text.substring(from, from + colon).strip(), definition(text, from + colon + 1), l.number());
        }
        int zhi = text.indexOf("是指", from) - from;
        if (zhi < 0) {
            zhi = text.indexOf('指', from) - from;
        } else {
            zhi++; // keep “指…”, as definitions after a colon read
        }
        if (zhi > 0 && zhi <= MAX_TERM) {
            String term = text.substring(from, from + (text.charAt(from + zhi - 1) == '是' ? zhi - 1 : zhi)).strip();
            return new Draft(item.number(), term, text.substring(from + zhi).strip(), l.number());
        }
        if (text.length() - from > MAX_TERM) {
            ctx.warning("READ-GLOSSARY", "未能从该行分出名词和解释，整行作为名词。", l.number());
        }
        // a term printed alone, its definition on the lines below
        return new Draft(item.number(), text.substring(from), "", l.number());
    }

    /** The first bold text of the raw line, its own number removed (“**一、财政拨款**”). */
    private static String boldTerm(SourceLine l) {
        String raw = l.raw();
        if (raw.indexOf('*') < 0 && raw.indexOf('<') < 0) {
            return null; // BOLD opens with * or <: most lines have neither
        }
        String bold = LinePhrases.bold(raw);
        if (bold == null) {
            return null;
        }
        String b = Texts.joinCjk(bold.strip());
        Ordinals.Item inner = Ordinals.item(b, Ordinals.CHINESE_ITEM, Ordinals.ARABIC_ITEM);
        b = inner == null ? b : inner.rest().strip();
        if (b.indexOf(':') >= 0 || b.indexOf('：') >= 0) {
            b = COLON_END.matcher(b).replaceAll("");
        }
        return b.isEmpty() ? null : b;
    }

    /** The first colon in {@code s} from {@code from}, counted from {@code from}; -1 for none. */
    private static int firstColon(String s, int from) {
        int a = s.indexOf(':', from);
        int b = s.indexOf('：', from);
        if (a < 0) {
            return b < 0 ? -1 : b - from;
        }
        return (b < 0 ? a : Math.min(a, b)) - from;
    }

    static String definition(String after) {
        return definition(after, 0);
    }

    /**
     * {@link #definition(String)} of {@code text.substring(from)}, cut out of the text once: the term's line
     * was otherwise copied after the term, then after the colon, then stripped.
     */
    static String definition(String text, int from) {
        // LEADING_COLON needs a colon after the spaces: without one it would leave the text as it is; with
        // one, what it takes off after the colon (\\s*) the strip takes off too
        int n = text.length();
        int i = ProseText.skipSpaces(text, from);
        int start = i < n && (text.charAt(i) == ':' || text.charAt(i) == '：') ? i + 1 : from;
        while (start < n && Texts.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = n;
        while (end > start && Texts.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * The lines at the end of the part that close the document rather than continue the last
     * definition: short, with no sentence punctuation and no number, and either a date, a body's
     * name, or printed after a definition that had already ended its sentence. A wrapped tail of a
     * definition (“…的总体说” / “明”) has none of these marks and stays with its term.
     */
    private static List<SourceLine> closingLines(List<SourceLine> part) {
        // a list: there are one or two, and a set would hash every line of the part (all its cells) to look
        List<SourceLine> closing = new ArrayList<>();
        int i = part.size() - 1;
        while (i >= 0) {
            SourceLine l = part.get(i);
            String t = l.joined();
            if (t.isEmpty()) {
                i--;
                continue;
            }
            boolean shortPlain = t.length() <= MAX_CLOSING && !LinePhrases.hasMark(t, SENTENCE_PUNCTUATION) && !l.isTabular()
                    && Ordinals.item(t, Ordinals.CHINESE_ITEM, Ordinals.ARABIC_ITEM) == null;
            if (!shortPlain) {
                break;
            }
            String above = previousText(part, i);
            boolean afterSentence = above == null || LinePhrases.endsWithMark(above, SENTENCE_END);
            // the cheap tests first: a date starts with its century
            boolean date = (t.startsWith("19") || t.startsWith("20")) && DATE.matcher(t).matches();
            if (!(afterSentence || date || BODY_NAME.matcher(t).find())) {
                break;
            }
            closing.add(l);
            i--;
        }
        return closing;
    }

    private static String previousText(List<SourceLine> part, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String t = part.get(k).joined();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return null;
    }
}
