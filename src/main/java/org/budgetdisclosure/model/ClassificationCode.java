package org.budgetdisclosure.model;

import java.util.Optional;

/**
 * A code of the function classification (支出功能分类: 类 201, 款 20103, 项 2010301) or of the
 * economic classification for department budgets (部门预算支出经济分类: 类 301, 款 30101).
 */
public record ClassificationCode(Scheme scheme, String digits) implements Comparable<ClassificationCode> {

    public enum Scheme {
        FUNCTION,  // 支出功能分类科目
        ECONOMIC   // 部门预算支出经济分类科目
    }

    public ClassificationCode {
        if (scheme == null || digits == null || !digits.matches("\\d+")) {
            throw new IllegalArgumentException("不是科目代码：" + digits);
        }
        int n = digits.length();
        boolean ok = scheme == Scheme.FUNCTION ? (n == 3 || n == 5 || n == 7) : (n == 3 || n == 5);
        if (!ok) {
            throw new IllegalArgumentException("科目代码位数不对：" + digits);
        }
    }

    public static ClassificationCode function(String digits) {
        return new ClassificationCode(Scheme.FUNCTION, digits);
    }

    public static ClassificationCode economic(String digits) {
        return new ClassificationCode(Scheme.ECONOMIC, digits);
    }

    public CodeLevel level() {
        return CodeLevel.ofDigits(digits.length());
    }

    public Optional<ClassificationCode> parent() {
        return digits.length() == 3 ? Optional.empty()
                : Optional.of(new ClassificationCode(scheme, digits.substring(0, digits.length() - 2)));
    }

    /** The 类 (first three digits). */
    public ClassificationCode classCode() {
        return new ClassificationCode(scheme, digits.substring(0, 3));
    }

    public boolean isUnder(ClassificationCode ancestor) {
        return scheme == ancestor.scheme && digits.startsWith(ancestor.digits) && !digits.equals(ancestor.digits);
    }

    @Override
    public int compareTo(ClassificationCode o) {
        int c = scheme.compareTo(o.scheme);
        return c != 0 ? c : digits.compareTo(o.digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
