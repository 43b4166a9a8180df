package org.budgetdisclosure.model;

/** The level of a classification code: 类 (3 digits), 款 (5), 项 (7; function classification only). */
public enum CodeLevel {
    CLASS("类", 3),   // 类
    SECTION("款", 5), // 款
    ITEM("项", 7);    // 项

    private final String chinese;
    private final int digits;

    CodeLevel(String chinese, int digits) {
        this.chinese = chinese;
        this.digits = digits;
    }

    public String chinese() {
        return chinese;
    }

    public int digits() {
        return digits;
    }

    public static CodeLevel ofDigits(int n) {
        // a switch rather than a walk over values(), which copies the array: asked for every coded row read
        switch (n) {
            case 3:
                return CLASS;
            case 5:
                return SECTION;
            case 7:
                return ITEM;
            default:
                break;
        }
        throw new IllegalArgumentException("a classification code has 3, 5 or 7 digits, not " + n);
    }
}
