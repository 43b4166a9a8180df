package org.budgetdisclosure.catalog;

import java.util.Objects;
import java.util.Optional;
import org.budgetdisclosure.model.ClassificationCode;
import org.budgetdisclosure.model.CodeLevel;

/**
 * One row of a classification catalog: 2010301 行政运行 (项, under 20103).
 *
 * @param code       the code
 * @param name       the name as the catalog spells it
 * @param level      类, 款 or 项; always the level of {@code code}
 * @param parentCode the code one level up (empty for a 类); always derived from {@code code}
 * @param source     where the row comes from (e.g. {@code seed2026:表1;observed:9 docs}, or {@code file.csv:12})
 * @param verified   how far the row was checked
 */
public record Entry(ClassificationCode code, String name, CodeLevel level, Optional<ClassificationCode> parentCode,
                   String source, Verification verified) {

    public Entry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(verified, "verified");
        if (level != code.level() || !parentCode.equals(code.parent())) {
            throw new IllegalArgumentException("level and parent must follow from the code " + code);
        }
    }

    public static Entry of(ClassificationCode code, String name, String source, Verification verified) {
        return new Entry(code, name, code.level(), code.parent(), source, verified);
    }

    /** The key of the name for comparisons ({@link Names#key}). */
    public String nameKey() {
        return Names.key(name);
    }

    @Override
    public String toString() {
        return code.digits() + " " + name;
    }
}
