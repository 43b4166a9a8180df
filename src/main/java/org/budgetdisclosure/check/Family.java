package org.budgetdisclosure.check;

/** Rule families, as issue 3 lists them. */
public enum Family {
    TABLE("表内"),          // within a table
    CROSS("表间"),          // across tables
    PROSE("说明与表"),      // prose against the tables
    TARGET("绩效目标"),     // performance targets
    COMPLETENESS("完整性"), // all parts present
    CATALOG("科目"),        // classification codes and names
    PLAUSIBILITY("合理性"), // warnings a reviewer would raise
    READ("读取");           // problems the reader met

    private final String chinese;

    Family(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
