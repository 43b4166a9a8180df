package org.budgetdisclosure.check.report;

import static org.apache.commons.text.StringEscapeUtils.escapeXml10;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;

/**
 * A self-contained report page a reviewer can read and print: the findings grouped by part and table,
 * each linking to its line in a line-numbered rendering of the document, which follows the findings.
 * Everything printed from the document or the findings is HTML-escaped.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static String render(Disclosure d, List<String> sourceLines, List<Finding> findings) {
        Outline outline = new Outline(d);
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(outline.partOf(f.at().line()), k -> new java.util.ArrayList<>()).add(f);
        }
        String title = "检查报告 · " + (d.header() == null ? d.source()
                : nz(d.header().department()) + " " + (d.header().year() == null ? "" : d.header().year() + "年")
                        + (d.header().kind() == null ? "" : d.header().kind().chinese()));
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<header><h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">文件：<code>")
                .append(esc(nz(d.source()))).append("</code>　").append(esc(TextReport.summary(findings))).append("</p>\n");
        b.append("<ul class=\"counts\">");
        for (Severity s : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == s).count();
            b.append("<li class=\"").append(s.id()).append("\">").append(s.chinese()).append(" <strong>").append(n).append("</strong></li>");
        }
        b.append("</ul></header>\n<main>\n<section class=\"findings\">\n<h2>检查结果</h2>\n");
        if (findings.isEmpty()) {
            b.append("<p>没有发现问题。</p>\n");
        }
        for (Map.Entry<String, List<Finding>> g : groups.entrySet()) {
            b.append("<h3>").append(esc(g.getKey())).append(" <small>").append(g.getValue().size()).append(" 条</small></h3>\n<ol>\n");
            for (Finding f : g.getValue()) {
                finding(b, f);
            }
            b.append("</ol>\n");
        }
        b.append("</section>\n<section class=\"source\">\n<h2>文档原文</h2>\n<p class=\"meta\">带标记的行有检查结果；点击结果中的行号跳到此处。</p>\n<pre>");
        Set<Integer> marked = findings.stream().map(f -> f.at().line()).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        for (int i = 0; i < sourceLines.size(); i++) {
            int n = i + 1;
            b.append("<span id=\"L").append(n).append("\"").append(marked.contains(n) ? " class=\"marked\"" : "").append("><a href=\"#L")
                    .append(n).append("\">").append(n).append("</a>").append(esc(sourceLines.get(i).replace('\t', '\u2003')))
                    .append("</span>\n");
        }
        b.append("</pre>\n</section>\n</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void finding(StringBuilder b, Finding f) {
        b.append("<li class=\"finding ").append(f.severity().id()).append("\">");
        b.append("<span class=\"sev\">").append(f.severity().chinese()).append("</span> ");
        b.append("<code class=\"rule\">").append(esc(f.rule())).append("</code> ");
        b.append(place(f.at()));
        b.append("<p>").append(esc(f.message())).append("</p>");
        if (f.expected() != null || f.actual() != null) {
            b.append("<table class=\"figures\">");
            if (f.expected() != null) {
                b.append("<tr><th scope=\"row\">应为</th><td>").append(f.expected().formatted()).append("</td><td>")
                        .append(esc(nz(f.expectedHow()))).append("</td></tr>");
            }
            if (f.actual() != null) {
                b.append("<tr><th scope=\"row\">实为</th><td>").append(f.actual().formatted()).append("</td><td></td></tr>");
            }
            if (f.difference() != null) {
                b.append("<tr><th scope=\"row\">差额</th><td>").append(f.difference().formatted()).append("</td><td>")
                        .append(f.tolerance() == null ? "" : "舍入容差 " + f.tolerance().formatted()).append("</td></tr>");
            }
            b.append("</table>");
        }
        if (!f.related().isEmpty()) {
            b.append("<p class=\"related\">相关：");
            b.append(f.related().stream().limit(8).map(HtmlReport::place).collect(Collectors.joining("；")));
            if (f.related().size() > 8) {
                b.append("……");
            }
            b.append("</p>");
        }
        b.append("<p class=\"doc\">规则说明：<code>").append(esc(TextReport.docPage(f.rule()))).append("</code></p>");
        b.append("</li>\n");
    }

    private static String place(Location l) {
        String path = esc(l.path());
        if (l.line() == null) {
            return "<span class=\"at\">" + path + "</span>";
        }
        return "<a class=\"at\" href=\"#L" + l.line() + "\">第 " + l.line() + " 行</a> <span class=\"path\">" + path + "</span>";
    }

    /** Escapes the five markup characters only, so Chinese and typographic marks (›, ·) stay readable. */
    private static String esc(String s) {
        return escapeXml10(s);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static final String CSS = """
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #222; line-height: 1.6; }
            h1 { font-size: 1.5em; } h2 { border-bottom: 2px solid #333; } h3 { margin-top: 1.5em; font-size: 1.1em; }
            .meta { color: #555; } .counts { list-style: none; padding: 0; display: flex; gap: 1.5em; }
            .finding { margin: .8em 0; padding: .5em .8em; border-left: 4px solid #999; background: #fafafa; }
            .finding.error { border-color: #c0392b; } .finding.warning { border-color: #e67e22; } .finding.notice { border-color: #7f8c8d; }
            .sev { font-weight: bold; } .error .sev { color: #c0392b; } .warning .sev { color: #d35400; } .notice .sev { color: #7f8c8d; }
            .finding p { margin: .3em 0; } .figures th { text-align: left; padding-right: 1em; font-weight: normal; color: #555; white-space: nowrap; }
            .figures td { padding-right: 1.5em; font-variant-numeric: tabular-nums; } .related, .doc { font-size: .9em; color: #555; }
            pre { font-size: .85em; line-height: 1.45; white-space: pre-wrap; } pre span { display: block; }
            pre a { display: inline-block; width: 3.5em; color: #999; text-decoration: none; user-select: none; }
            pre .marked { background: #fff3cd; } pre span:target { background: #ffe08a; outline: 2px solid #e0a800; }
            @media print { body { max-width: none; margin: 0; } .source { page-break-before: always; } a { color: inherit; }
              .finding { break-inside: avoid; } }
            """;
}
