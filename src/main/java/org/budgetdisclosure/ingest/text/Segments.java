package org.budgetdisclosure.ingest.text;

import java.util.List;
import org.budgetdisclosure.model.TableId;

/**
 * The document cut into the regions each reader handles. Every list holds the original lines with
 * their numbers, so all provenance points into the file.
 *
 * @param front   before the table of contents: the cover
 * @param part1   第一部分 部门概况, heading excluded
 * @param tables  第二部分: one region per recognised table title, in printed order
 * @param part3   第三部分 without the performance target tables, heading excluded
 * @param targets the performance target tables printed inside part 3
 * @param part4   第四部分 名词解释, heading excluded
 */
public record Segments(List<SourceLine> front, List<SourceLine> part1, List<TableRegion> tables,
                       List<SourceLine> part3, List<TargetRegion> targets, List<SourceLine> part4) {

    /**
     * @param number the number printed before the title (“表 3”), or null
     * @param title  the title line
     * @param lines  the lines after the title up to the next table (or the end of part 2)
     */
    public record TableRegion(TableId id, Integer number, SourceLine title, List<SourceLine> lines) {
    }

    public enum TargetKind {
        DEPARTMENT, // 部门整体绩效目标表
        PROJECT     // 项目支出绩效目标表
    }

    /** @param lines the lines after the title up to the next heading or target table */
    public record TargetRegion(TargetKind kind, SourceLine title, List<SourceLine> lines) {
    }
}
