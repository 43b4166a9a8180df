package org.budgetdisclosure.model.budget;

/** The nature of a line: basic spending, split into personnel and running costs, or a project. */
public enum Nature {
    BASIC_PERSONNEL("人员经费"), // 基本支出 › 人员经费
    BASIC_PUBLIC("公用经费"),    // 基本支出 › 公用经费
    PROJECT("项目支出");         // 项目支出

    private final String chinese;

    Nature(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean isBasic() {
        return this != PROJECT;
    }

    /** By its Chinese name or its constant name; null when neither. */
    public static Nature byName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        for (Nature x : values()) {
            if (x.chinese.equals(n) || x.name().equals(n)) {
                return x;
            }
        }
        return null;
    }
}
