package org.budgetdisclosure.ingest.budget;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.SourceRef;

/**
 * Typed access to a JSON tree that reports, instead of throwing, every value of the wrong shape, each at
 * its JSON path ({@code $.lines[3].amount}) or where {@link Places} says that path came from.
 */
final class JsonFields {

    private final String source;
    private final Places places;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    JsonFields(String source, Places places) {
        this.source = source;
        this.places = places;
    }

    Places places() {
        return places;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    void error(String code, String path, String message) {
        diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, code, places.of(path) + ": " + message, SourceRef.generated(source)));
    }

    void warning(String code, String path, String message) {
        diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, code, places.of(path) + ": " + message, SourceRef.generated(source)));
    }

    static String at(String path, String field) {
        return path + "." + field;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    private static boolean absent(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    /** A text field; empty when absent, reported when of another type. */
    Optional<String> text(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        if (absent(n)) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            error("BUDGET-FIELD", at(path, field), "应为文字");
            return Optional.empty();
        }
        return Optional.of(n.asText());
    }

    Optional<String> requiredText(JsonNode parent, String path, String field) {
        Optional<String> t = text(parent, path, field);
        if (t.isEmpty() && absent(parent.get(field))) {
            error("BUDGET-FIELD", at(path, field), "缺少必填项");
        }
        return t.filter(s -> !s.isBlank());
    }

    /**
     * An amount in 万元: a string as printed ({@code "1,229.70"}) or a JSON number, at most two decimals.
     * Numbers are read as decimals (the mapper is set to BigDecimal), never through a double.
     */
    Optional<Money> money(JsonNode parent, String path, String field, boolean required) {
        JsonNode n = parent.get(field);
        String where = at(path, field);
        if (absent(n)) {
            if (required) {
                error("BUDGET-FIELD", where, "缺少必填项（金额）");
            }
            return Optional.empty();
        }
        if (n.isNumber()) {
            BigDecimal v = n.decimalValue();
            if (v.stripTrailingZeros().scale() > 2) {
                error("BUDGET-AMOUNT", where, "不是金额：“" + v.toPlainString() + "”超过两位小数（单位为万元，精确到 0.01）");
                return Optional.empty();
            }
            return Optional.of(Money.of(v));
        }
        if (n.isTextual()) {
            Optional<Money> m = Money.tryParse(n.asText());
            if (m.isEmpty()) {
                error("BUDGET-AMOUNT", where, "不是金额：“" + n.asText() + "”");
            }
            return m;
        }
        error("BUDGET-AMOUNT", where, "不是金额：" + n);
        return Optional.empty();
    }

    Optional<BigDecimal> decimal(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        if (absent(n)) {
            return Optional.empty();
        }
        if (n.isNumber()) {
            return Optional.of(n.decimalValue());
        }
        if (n.isTextual()) {
            try {
                return Optional.of(new BigDecimal(n.asText().strip()));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        error("BUDGET-FIELD", at(path, field), "不是数：" + n);
        return Optional.empty();
    }

    Optional<Integer> integer(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        if (absent(n)) {
            return Optional.empty();
        }
        if (n.isIntegralNumber() && n.canConvertToInt()) {
            return Optional.of(n.intValue());
        }
        error("BUDGET-FIELD", at(path, field), "应为整数：" + n);
        return Optional.empty();
    }

    Optional<LocalDate> date(JsonNode parent, String path, String field) {
        Optional<String> t = text(parent, path, field);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(t.get().strip()));
        } catch (DateTimeParseException e) {
            error("BUDGET-DATE", at(path, field), "不是日期（应为 2026-01-01 的形式）：“" + t.get() + "”");
            return Optional.empty();
        }
    }

    Optional<Boolean> bool(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        if (absent(n)) {
            return Optional.empty();
        }
        if (!n.isBoolean()) {
            error("BUDGET-FIELD", at(path, field), "应为 true 或 false");
            return Optional.empty();
        }
        return Optional.of(n.booleanValue());
    }

    /** The elements of an array field; empty when absent, reported when not an array. */
    List<JsonNode> array(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        if (absent(n)) {
            return List.of();
        }
        if (!n.isArray()) {
            error("BUDGET-FIELD", at(path, field), "应为数组");
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        return out;
    }

    /** An object field; empty when absent, reported when not an object. */
    Optional<JsonNode> object(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        if (absent(n)) {
            return Optional.empty();
        }
        if (!n.isObject()) {
            error("BUDGET-FIELD", at(path, field), "应为对象");
            return Optional.empty();
        }
        return Optional.of(n);
    }

    List<String> texts(JsonNode parent, String path, String field) {
        List<String> out = new ArrayList<>();
        List<JsonNode> items = array(parent, path, field);
        for (int i = 0; i < items.size(); i++) {
            JsonNode n = items.get(i);
            if (n.isTextual()) {
                out.add(n.asText());
            } else {
                error("BUDGET-FIELD", at(at(path, field), i), "应为文字");
            }
        }
        return out;
    }
}
