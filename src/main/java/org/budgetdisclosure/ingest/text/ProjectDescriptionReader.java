package org.budgetdisclosure.ingest.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.ProjectDescription;
import org.budgetdisclosure.model.Subject;
import org.budgetdisclosure.model.SubjectKind;

/**
 * Reads section 7's project descriptions. Each starts at “（一）项目名称：X” (at any heading level, or
 * none) and has labelled fields: 设立的政策依据, 预算安排规模, 项目承担单位, 资金分配情况, 资金执行时间.
 * A paragraph without a label continues the field above it. The project's amount is also returned as a
 * PROJECT fact, so every figure of part 3 is a fact.
 */
final class ProjectDescriptionReader {

    private static final Pattern NUMBER_ONLY = Pattern.compile("^(" + ProseText.AMOUNT + ")\\s*(?:万元)?[。.]?$");

    /** The labelled fields, each with the labels documents use for it, in the order they are tried. */
    private enum Field {
        POLICY("设立的政策依据", "设立的政策依据", "设立政策依据", "政策依据", "立项依据", "设立依据"),
        AMOUNT("预算安排规模", "预算安排规模", "预算规模", "预算安排金额", "项目预算金额", "预算金额"),
        UNIT("项目承担单位", "项目承担单位", "承担单位", "项目实施单位", "实施单位"),
        ALLOCATION("资金分配情况", "资金分配情况", "资金分配", "分配情况"),
        PERIOD("资金执行时间", "资金执行时间", "执行时间", "项目执行时间", "实施期限", "执行期限");

        private final String chinese;
        private final String[] labels;

        Field(String chinese, String... labels) {
            this.chinese = chinese;
            this.labels = labels;
        }
    }

    private static final Field[] FIELDS = Field.values();

    /**
     * The first characters of all the labels of {@link Field}: a paragraph starting with none of them has
     * no label, and is not compared with each.
     */
    private static final String LABEL_STARTS = labelStarts();

    private static String labelStarts() {
        StringBuilder b = new StringBuilder();
        for (Field f : FIELDS) {
            for (String l : f.labels) {
                b.append(l.charAt(0));
            }
        }
        return b.toString();
    }

    /** Projects and their amounts as facts. */
    record Result(List<ProjectDescription> projects, List<Fact> facts) {

        Result {
            projects = List.copyOf(projects);
            facts = List.copyOf(facts);
        }
    }

    private ProjectDescriptionReader() {
    }

    /** {@code text.substring(from).strip()} with one copy rather than two. */
    static String strippedFrom(String text, int from) {
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** True for the paragraph that opens a project: “（一）项目名称：…”. */
    static boolean startsProject(ProseParagraph p) {
        return p.text().contains(ProjectPhrases.NAME_LABEL) && ProjectPhrases.name(p.text()) != null;
    }

    static Result read(List<ProseParagraph> paragraphs, int section, ReadContext ctx) {
        List<ProjectDescription> projects = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        Draft draft = null;
        for (ProseParagraph p : paragraphs) {
            String name = p.text().contains(ProjectPhrases.NAME_LABEL) ? ProjectPhrases.name(p.text()) : null;
            if (name != null) {
                if (draft != null) {
                    draft.finish(section, ctx, projects, facts);
                }
                draft = new Draft(name, p.firstLine());
                continue;
            }
            if (draft == null) {
                continue; // an introduction before the first project names no project
            }
            draft.add(p);
        }
        if (draft != null) {
            draft.finish(section, ctx, projects, facts);
        }
        return new Result(projects, facts);
    }

    /** A project whose fields are still being collected. */
    private static final class Draft {
        private final String name;
        private final int line;
        /*
         * By field ordinal rather than in EnumMaps: five fields, and a project's paragraphs are read one at
         * a time, so the maps, their boxed line numbers and the lambda were most of what a draft allocated.
         */
        /** Each field's paragraphs, null when its label never appeared. */
        @SuppressWarnings("unchecked")
        private final List<String>[] values = new List[FIELDS.length];
        /** The line each field's label is on, 0 when it never appeared (lines count from 1). */
        private final int[] lines = new int[FIELDS.length];
        private Field current;

        Draft(String name, int line) {
            this.name = name;
            this.line = line;
        }

        void add(ProseParagraph p) {
            String text = p.text();
            int from = ProjectPhrases.numberingEnd(text); // the label after a numbering “1.”
            if (from < text.length() && LABEL_STARTS.indexOf(text.charAt(from)) >= 0) {
                for (Field f : FIELDS) {
                    int end = ProjectPhrases.labelEnd(text, from, f.labels);
                    if (end >= 0) {
                        current = f;
                        int k = f.ordinal();
                        if (values[k] == null) {
                            values[k] = new ArrayList<>(1);
                            lines[k] = p.firstLine();
                        }
                        values[k].add(strippedFrom(text, end));
                        return;
                    }
                }
            }
            if (current != null) {
                values[current.ordinal()].add(p.text());
            }
        }

        /** The line of field {@code f}'s label; asked only for a field that appeared. */
        private int line(Field f) {
            return lines[f.ordinal()];
        }

        /** The field's paragraphs, one a line; null when the label never appeared. */
        private String value(Field f) {
            List<String> pieces = values[f.ordinal()];
            if (pieces == null) {
                return null;
            }
            if (pieces.size() == 1) {
                return pieces.get(0); // most fields are one paragraph: no joiner
            }
            StringJoiner j = new StringJoiner("\n");
            for (String piece : pieces) {
                if (!piece.isEmpty()) {
                    j.add(piece);
                }
            }
            return j.toString();
        }

        void finish(int section, ReadContext ctx, List<ProjectDescription> projects, List<Fact> facts) {
            StringJoiner missing = new StringJoiner("、");
            String[] joined = new String[FIELDS.length]; // each field joined once, not at every use; by ordinal
            for (Field f : FIELDS) {
                String v = value(f);
                joined[f.ordinal()] = v;
                if (v == null || v.isBlank()) {
                    missing.add(f.chinese);
                }
            }
            if (missing.length() > 0) {
                ctx.warning("READ-PROJECT-FIELD-MISSING", "项目“" + name + "”缺少：" + missing + "。", line);
            }
            Money amount = amount(joined[Field.AMOUNT.ordinal()], ctx);
            AllocationReader.Allocation allocation = AllocationReader.read(joined[Field.ALLOCATION.ordinal()]);
            String period = joined[Field.PERIOD.ordinal()];
            LocalDate start = null;
            LocalDate end = null;
            if (period != null) {
                int[] d = ProjectPhrases.period(period);
                if (d != null) {
                    start = date(period, d, 0, ctx);
                    end = date(period, d, 6, ctx);
                } else {
                    ctx.notice("READ-PROJECT-PERIOD", "项目“" + name + "”的资金执行时间“" + period + "”读不出起止日期。", line(Field.PERIOD));
                }
            }
            projects.add(new ProjectDescription(name, joined[Field.POLICY.ordinal()], amount, joined[Field.UNIT.ordinal()], joined[Field.ALLOCATION.ordinal()],
                    allocation.statedTotal(), allocation.parts(), period, start, end, ctx.at(line),
                    lines[Field.ALLOCATION.ordinal()] == 0 ? null : ctx.at(line(Field.ALLOCATION))));
            if (amount != null) {
                facts.add(new Fact(section, new Subject(SubjectKind.PROJECT, name, name), amount, false, null, null, null, null,
                        ctx.at(line(Field.AMOUNT))));
            }
        }

        private Money amount(String text, ReadContext ctx) {
            if (text == null) {
                return null;
            }
            ProseText.AmountWan m = ProseText.nextAmountWan(text, 0);
            if (m != null) {
                return ProseText.money(text, m.start(), m.numberEnd()); // the number in cents, not copied out
            }
            Matcher bare = NUMBER_ONLY.matcher(text.strip());
            if (bare.matches()) {
                return Money.of(bare.group(1));
            }
            ctx.warning("READ-PROJECT-AMOUNT", "项目“" + name + "”的预算安排规模“" + text + "”读不出金额。", line(Field.AMOUNT));
            return null;
        }

        /** The date whose year, month and day are at {@code g[at…at+5]} in {@code period}. */
        private LocalDate date(String period, int[] g, int at, ReadContext ctx) {
            try {
                return LocalDate.of(Integer.parseInt(period, g[at], g[at + 1], 10), Integer.parseInt(period, g[at + 2], g[at + 3], 10),
                        Integer.parseInt(period, g[at + 4], g[at + 5], 10));
            } catch (DateTimeException e) {
                String y = period.substring(g[at], g[at + 1]);
                String m = period.substring(g[at + 2], g[at + 3]);
                String d = period.substring(g[at + 4], g[at + 5]);
                ctx.notice("READ-PROJECT-PERIOD", "项目“" + name + "”的资金执行时间含有不存在的日期 " + y + "年" + m + "月" + d + "日。",
                        line(Field.PERIOD));
                return null;
            }
        }
    }
}
