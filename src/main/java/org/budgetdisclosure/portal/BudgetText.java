package org.budgetdisclosure.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small edits of a budget file's JSON that keep everything else as the user wrote it. */
final class BudgetText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BudgetText() {
    }

    static String withYear(String json, int year) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root instanceof ObjectNode o && o.get("department") instanceof ObjectNode dep) {
                dep.put("year", year);
                dep.remove("signedOn");
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o);
            }
            return json;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PortalException(PortalException.Kind.INVALID, "预算数据不是有效的 JSON：" + e.getOriginalMessage());
        }
    }
}
