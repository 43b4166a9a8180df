package org.budgetdisclosure.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.Money;

/**
 * The parts of a budget file an officer writes as prose, as a form: last year's figures and the
 * reason for each change, the projects' texts, the duties and the other notes. Applying the form
 * edits only those fields of the JSON and keeps everything else as it was.
 */
public final class BudgetForm {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Last year's figure for a key (see docs/budget-format.md, "lastYear") and the reason for the change. */
    public record Change(String key, String label, String amount, String reason) {
    }

    /** A project's texts. */
    public record ProjectText(int index, String name, String policyBasis, String unit, String manager, String goal,
                              String allocationNote) {
    }

    /** The form's current values. */
    public record Values(String duties, String otherNotes, List<Change> changes, List<ProjectText> projects) {
    }

    private static final Map<String, String> LABELS = labels();

    private BudgetForm() {
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("total", "收支总预算");
        m.put("gpb", "一般公共预算拨款");
        m.put("gpbTransfer", "一般公共预算上级转移支付");
        m.put("fund", "政府性基金预算拨款");
        m.put("fundTransfer", "政府性基金上级转移支付");
        m.put("soe", "国有资本经营预算拨款");
        m.put("soeTransfer", "国有资本经营上级转移支付");
        m.put("specialAccount", "财政专户管理资金");
        m.put("unitFunds", "单位资金");
        m.put("carryover", "上年结转");
        m.put("basic", "基本支出");
        m.put("project", "项目支出");
        m.put("gpbBasic", "一般公共预算基本支出");
        m.put("gpbProject", "一般公共预算项目支出");
        m.put("sangong", "“三公”经费合计");
        m.put("sangong.travelAbroad", "因公出国（境）费");
        m.put("sangong.reception", "公务接待费");
        m.put("sangong.vehiclePurchase", "公务用车购置费");
        m.put("sangong.vehicleRunning", "公务用车运行维护费");
        m.put("runningCosts", "机关运行经费");
        return m;
    }

    static String label(String key) {
        return LABELS.getOrDefault(key, key.matches("\\d{7}") ? "功能分类项 " + key : key);
    }

    /** The form of a budget file, or an INVALID refusal when the file is not a JSON object. */
    public static Values of(String json) {
        ObjectNode root = root(json);
        JsonNode dep = root.path("department");
        List<String> duties = new ArrayList<>();
        dep.path("duties").forEach(d -> duties.add(d.asText()));
        List<Change> changes = new ArrayList<>();
        root.path("lastYear").fields().forEachRemaining(e -> changes.add(new Change(e.getKey(), label(e.getKey()),
                e.getValue().path("amount").asText(""), e.getValue().path("reason").asText(""))));
        List<ProjectText> projects = new ArrayList<>();
        JsonNode ps = root.path("projects");
        for (int i = 0; i < ps.size(); i++) {
            JsonNode p = ps.get(i);
            projects.add(new ProjectText(i, p.path("name").asText(""), p.path("policyBasis").asText(""),
                    p.path("unit").asText(""), p.path("manager").asText(""), p.path("goal").asText(""),
                    p.path("allocationNote").asText("")));
        }
        return new Values(String.join("\n", duties), root.path("otherNotes").asText(""), changes, projects);
    }

    /**
     * The budget file with the form's fields replaced. Field names: {@code duties}, {@code otherNotes},
     * {@code amount.KEY}, {@code reason.KEY}, {@code project.N.FIELD}. Amounts are checked here so a
     * typo is reported against its field rather than as a line of JSON.
     */
    public static String apply(String json, Map<String, String> form) {
        ObjectNode root = root(json);
        if (form.containsKey("duties") && root.get("department") instanceof ObjectNode dep) {
            ArrayNode duties = dep.putArray("duties");
            form.get("duties").lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(duties::add);
        }
        if (form.containsKey("otherNotes")) {
            String notes = form.get("otherNotes").strip();
            if (notes.isEmpty()) {
                root.remove("otherNotes");
            } else {
                root.put("otherNotes", notes);
            }
        }
        if (root.get("lastYear") instanceof ObjectNode last) {
            last.fields().forEachRemaining(e -> {
                if (!(e.getValue() instanceof ObjectNode change)) {
                    return;
                }
                String amount = form.get("amount." + e.getKey());
                if (amount != null) {
                    if (Money.tryParse(amount.strip()).isEmpty()) {
                        throw new PortalException(PortalException.Kind.INVALID,
                                label(e.getKey()) + "的上年金额“" + amount + "”不是金额（万元，最多两位小数）");
                    }
                    change.put("amount", amount.strip());
                }
                String reason = form.get("reason." + e.getKey());
                if (reason != null) {
                    change.put("reason", reason.strip());
                }
            });
        }
        JsonNode ps = root.path("projects");
        for (int i = 0; i < ps.size(); i++) {
            if (!(ps.get(i) instanceof ObjectNode p)) {
                continue;
            }
            for (String field : List.of("policyBasis", "unit", "manager", "goal", "allocationNote")) {
                String v = form.get("project." + i + "." + field);
                if (v == null) {
                    continue;
                }
                if (v.isBlank() && field.equals("allocationNote")) {
                    p.remove(field);
                } else {
                    p.put(field, v.strip());
                }
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode root(String json) {
        try {
            if (JSON.readTree(json) instanceof ObjectNode o) {
                return o;
            }
        } catch (JsonProcessingException e) {
            throw new PortalException(PortalException.Kind.INVALID, "预算数据不是有效的 JSON：" + e.getOriginalMessage());
        }
        throw new PortalException(PortalException.Kind.INVALID, "预算数据须是一个 JSON 对象");
    }
}
