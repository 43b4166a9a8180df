package org.budgetdisclosure.ingest.budget.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.ingest.budget.BudgetJsonReader;
import org.budgetdisclosure.ingest.budget.Places;
import org.budgetdisclosure.ingest.budget.xlsx.WorkbookLayout.Column;
import org.budgetdisclosure.ingest.budget.xlsx.WorkbookLayout.Field;
import org.budgetdisclosure.ingest.budget.xlsx.WorkbookLayout.Form;
import org.budgetdisclosure.ingest.budget.xlsx.WorkbookLayout.PriorItem;
import org.budgetdisclosure.ingest.budget.xlsx.WorkbookLayout.Table;
import org.budgetdisclosure.ingest.budget.xlsx.WorkbookLayout.Type;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.budget.Budget;

/**
 * Reads a budget workbook ({@link WorkbookLayout}) into a {@link Budget}. The sheets are read into the
 * JSON tree a budget file would hold, and {@link BudgetJsonReader} checks and reads that tree, so a
 * workbook and a JSON file with the same data make the same Budget and the same diagnostics — located
 * here by sheet and cell ({@code 预算明细!F7: 不是金额：“abc”}) instead of JSON path. A file that is not a
 * workbook, or a workbook without the budget sheets, is unreadable; anything else wrong is a diagnostic.
 */
public final class BudgetXlsxReader {

    public Parsed<Budget> read(String source, byte[] bytes) throws UnreadableInputException {
        try (Workbook wb = open(source, bytes)) {
            // the line items are what a budget is made of; a disclosure rendered as XLSX also has a 部门概况
            if (wb.getSheet(WorkbookLayout.LINES.name()) == null) {
                throw new UnreadableInputException(source, "不是预算填报工作簿：没有“" + WorkbookLayout.LINES.name()
                        + "”表（空白工作簿可用 bd template --out 预算.xlsx 生成）");
            }
            Run run = new Run(wb, source);
            ObjectNode root = run.tree();
            Parsed<Budget> read = new BudgetJsonReader().read(source, root, run);
            List<Diagnostic> all = new ArrayList<>(run.diagnostics);
            all.addAll(read.diagnostics());
            return new Parsed<>(read.value(), all);
        } catch (IOException e) {
            throw new UnreadableInputException(source, "无法读取工作簿：" + e.getMessage());
        }
    }

    /**
     * The workbook as the budget file (JSON) it stands for, with the problems of its cells (located by
     * sheet and cell). The portal stores budgets as JSON, so an uploaded workbook becomes its JSON.
     */
    public Parsed<String> toJson(String source, byte[] bytes) throws UnreadableInputException {
        try (Workbook wb = open(source, bytes)) {
            if (wb.getSheet(WorkbookLayout.LINES.name()) == null) {
                throw new UnreadableInputException(source, "不是预算填报工作簿：没有“" + WorkbookLayout.LINES.name()
                        + "”表（空白工作簿可用 bd template --out 预算.xlsx 生成）");
            }
            Run run = new Run(wb, source);
            ObjectNode root = run.tree();
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
            return new Parsed<>(json, run.diagnostics);
        } catch (IOException e) {
            throw new UnreadableInputException(source, "无法读取工作簿：" + e.getMessage());
        }
    }

    private static Workbook open(String source, byte[] bytes) throws UnreadableInputException {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (EncryptedDocumentException e) {
            throw new UnreadableInputException(source, "工作簿有密码保护，请先取消密码");
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook (a renamed text file, a damaged zip) with a runtime
            // exception of its own (NotOfficeXmlFileException, POIXMLException …): all of them mean the same
            throw new UnreadableInputException(source, "不是可读取的 XLSX 工作簿（" + e.getClass().getSimpleName() + "）");
        }
    }

    /** One reading: the tree, where each of its values came from, and the problems of the cells themselves. */
    private static final class Run implements Places {

        private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
        /** A function 类, 款 or 项 code at the start of a 对比项目, followed by its name or nothing. */
        private static final Pattern FUNCTION_CODE = Pattern.compile("^(\\d{3}|\\d{5}|\\d{7})(?:\\D|$)");

        private final Workbook wb;
        private final String source;
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        /** JSON path → the cell (or sheet) it was read from. */
        private final Map<String, String> places = new HashMap<>();
        private final CellValues cells;

        Run(Workbook wb, String source) {
            this.wb = wb;
            this.source = source;
            this.cells = new CellValues(this::error);
        }

        private void error(String place, String message) {
            diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, "BUDGET-CELL", place + ": " + message, SourceRef.generated(source)));
        }

        private void warning(String place, String message) {
            diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, "BUDGET-CELL", place + ": " + message, SourceRef.generated(source)));
        }

        // --- Places ---

        @Override
        public String of(String path) {
            for (String p = path; ; ) {
                String place = places.get(p);
                if (place != null) {
                    return place;
                }
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                if (cut <= 0) {
                    return "工作簿";
                }
                p = p.substring(0, cut);
            }
        }

        @Override
        public String part(String field) {
            return switch (field) {
                case "names" -> "“" + WorkbookLayout.NAMES.name() + "”表";
                case "projects" -> "“" + WorkbookLayout.PROJECTS.name() + "”表";
                default -> field;
            };
        }

        // --- the tree ---

        ObjectNode tree() {
            ObjectNode root = JSON.objectNode();
            Map<String, Value> profile = form(WorkbookLayout.PROFILE);
            ObjectNode dept = object(root, "department", "$.department", WorkbookLayout.PROFILE.name());
            put(dept, profile, "department.", "$.department.");
            dept.set("duties", strings(WorkbookLayout.DUTIES, "$.department.duties"));
            dept.set("subordinateUnits", strings(WorkbookLayout.UNITS, "$.department.subordinateUnits"));
            root.set("lines", records(WorkbookLayout.LINES, "$.lines"));
            projects(root);
            target(root);
            lastYear(root);
            other(root);
            root.set("names", map(WorkbookLayout.NAMES, "$.names", "科目名称"));
            root.set("purposes", map(WorkbookLayout.PURPOSES, "$.purposes", "主要用于"));
            ArrayNode glossary = records(WorkbookLayout.GLOSSARY, "$.glossary");
            if (!glossary.isEmpty()) {
                root.set("glossary", glossary);
            }
            return root;
        }

        private ObjectNode object(ObjectNode parent, String field, String path, String place) {
            places.put(path, place);
            return parent.putObject(field);
        }

        /** The form's values under {@code prefix} into {@code target}, each at its JSON path. */
        private void put(ObjectNode target, Map<String, Value> form, String prefix, String pathPrefix) {
            form.forEach((path, v) -> {
                if (path.startsWith(prefix)) {
                    String field = path.substring(prefix.length());
                    places.put(pathPrefix + field, v.place());
                    if (v.node() != null) {
                        target.set(field, v.node());
                    }
                }
            });
        }

        private static boolean any(Map<String, Value> form, String prefix) {
            return form.entrySet().stream().anyMatch(e -> e.getKey().startsWith(prefix) && e.getValue().node() != null);
        }

        private void projects(ObjectNode root) {
            List<Record> rows = rows(WorkbookLayout.PROJECTS);
            ArrayNode projects = root.putArray("projects");
            places.put("$.projects", WorkbookLayout.PROJECTS.name());
            Map<String, ObjectNode> byName = new HashMap<>();
            Map<String, String> pathByName = new HashMap<>();
            for (Record r : rows) {
                String path = "$.projects[" + projects.size() + "]";
                ObjectNode p = record(r, path);
                projects.add(p);
                JsonNode name = r.values().get("name");
                if (name != null && !byName.containsKey(name.asText())) {
                    byName.put(name.asText(), p);
                    pathByName.put(name.asText(), path);
                }
            }
            children(WorkbookLayout.ALLOCATION, "allocation", byName, pathByName);
            children(WorkbookLayout.PROJECT_INDICATORS, "indicators", byName, pathByName);
        }

        /** Rows of a sheet that belong to a project by name (allocation parts, indicators), added to it. */
        private void children(Table t, String field, Map<String, ObjectNode> byName, Map<String, String> pathByName) {
            for (Record r : rows(t)) {
                JsonNode name = r.values().get("project");
                String place = r.places().get("project");
                if (name == null) {
                    error(place, "缺少项目名称，此行未读取");
                    continue;
                }
                ObjectNode project = byName.get(name.asText());
                if (project == null) {
                    error(place, "项目“" + name.asText() + "”不在“" + WorkbookLayout.PROJECTS.name() + "”表中，此行未读取");
                    continue;
                }
                ArrayNode list = project.has(field) ? (ArrayNode) project.get(field) : project.putArray(field);
                String path = pathByName.get(name.asText()) + "." + field + "[" + list.size() + "]";
                Record without = r.without("project");
                list.add(record(without, path));
            }
        }

        private void target(ObjectNode root) {
            Map<String, Value> form = form(WorkbookLayout.TARGET);
            List<Record> indicators = rows(WorkbookLayout.TARGET_INDICATORS);
            if (!any(form, "target.") && indicators.isEmpty()) {
                return; // no overall target
            }
            ObjectNode target = object(root, "target", "$.target", WorkbookLayout.TARGET.name());
            put(target, form, "target.", "$.target.");
            ArrayNode list = target.putArray("indicators");
            for (Record r : indicators) {
                list.add(record(r, "$.target.indicators[" + list.size() + "]"));
            }
        }

        private void lastYear(ObjectNode root) {
            ObjectNode lastYear = object(root, "lastYear", "$.lastYear", WorkbookLayout.LAST_YEAR.name());
            Map<String, String> seen = new HashMap<>();
            for (Table t : List.of(WorkbookLayout.LAST_YEAR, WorkbookLayout.SANGONG)) {
                for (Record r : rows(t)) {
                    JsonNode item = r.values().get("item");
                    JsonNode amount = r.values().get("amount");
                    JsonNode reason = r.values().get("reason");
                    String place = r.places().get("item");
                    if (amount == null && reason == null) {
                        continue; // a listed item left blank: nothing is said about it
                    }
                    if (item == null) {
                        error(place, "缺少对比项目，此行未读取");
                        continue;
                    }
                    Optional<String> key = priorKey(item.asText(), t == WorkbookLayout.SANGONG);
                    if (key.isEmpty()) {
                        error(place, "未知的对比项目“" + item.asText() + "”，应从下拉列表选择"
                                + (t == WorkbookLayout.SANGONG ? "" : "或填支出功能分类科目代码") + "，此行未读取");
                        continue;
                    }
                    String earlier = seen.putIfAbsent(key.get(), place);
                    if (earlier != null) {
                        error(place, "对比项目“" + item.asText() + "”重复（已在 " + earlier + " 填写），此行未读取");
                        continue;
                    }
                    String path = "$.lastYear." + key.get();
                    places.put(path, place);
                    ObjectNode figure = lastYear.putObject(key.get());
                    places.put(path + ".amount", r.places().get("amount"));
                    places.put(path + ".reason", r.places().get("reason"));
                    if (amount != null) {
                        figure.set("amount", amount);
                    }
                    if (reason != null) {
                        figure.set("reason", reason);
                    }
                }
            }
        }

        /** A listed item by its label or key; on 上年对比 also a function code (“2010301 行政运行” read as 2010301). */
        private static Optional<String> priorKey(String text, boolean sangong) {
            Optional<PriorItem> item = WorkbookLayout.priorItem(text);
            if (item.isPresent()) {
                boolean isSangong = WorkbookLayout.SANGONG_ITEMS.contains(item.get());
                return isSangong == sangong ? Optional.of(item.get().key()) : Optional.empty();
            }
            if (!sangong) {
                Matcher m = FUNCTION_CODE.matcher(text);
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
            return Optional.empty();
        }

        private void other(ObjectNode root) {
            Map<String, Value> form = form(WorkbookLayout.OTHER);
            for (String field : List.of("runningCosts", "otherNotes")) {
                Value v = form.get(field);
                if (v != null) {
                    places.put("$." + field, v.place());
                    if (v.node() != null) {
                        root.set(field, v.node());
                    }
                }
            }
            if (any(form, "procurement.")) {
                put(object(root, "procurement", "$.procurement", WorkbookLayout.OTHER.name()), form, "procurement.", "$.procurement.");
            }
            List<Record> vehicles = rows(WorkbookLayout.VEHICLES);
            if (any(form, "assets.") || !vehicles.isEmpty()) {
                ObjectNode assets = object(root, "assets", "$.assets", WorkbookLayout.OTHER.name());
                put(assets, form, "assets.", "$.assets.");
                ArrayNode groups = assets.putArray("vehicleGroups");
                places.put("$.assets.vehicleGroups", WorkbookLayout.VEHICLES.name());
                for (Record r : vehicles) {
                    groups.add(record(r, "$.assets.vehicleGroups[" + groups.size() + "]"));
                }
            }
        }

        // --- sheets into values ---

        /** One row of a table sheet: its values and the cells they are in, by JSON field. */
        private record Record(String row, Map<String, JsonNode> values, Map<String, String> places) {

            Record without(String field) {
                Map<String, JsonNode> v = new LinkedHashMap<>(values);
                v.remove(field);
                Map<String, String> p = new LinkedHashMap<>(places);
                p.remove(field);
                return new Record(row, v, p);
            }
        }

        /** A form field's value (null when empty) and its cell. */
        private record Value(JsonNode node, String place) {
        }

        private ObjectNode record(Record r, String path) {
            ObjectNode o = JSON.objectNode();
            places.put(path, r.row()); // the place of a field whose column is missing
            r.places().forEach((field, place) -> places.put(path + "." + field, place));
            r.values().forEach((field, node) -> {
                if (node != null) {
                    o.set(field, node);
                }
            });
            return o;
        }

        private ArrayNode records(Table t, String path) {
            ArrayNode out = JSON.arrayNode();
            places.put(path, t.name());
            for (Record r : rows(t)) {
                out.add(record(r, path + "[" + out.size() + "]"));
            }
            return out;
        }

        /** A one-column list (duties, units): its text values. */
        private ArrayNode strings(Table t, String path) {
            ArrayNode out = JSON.arrayNode();
            places.put(path, t.name());
            for (Record r : rows(t)) {
                JsonNode v = r.values().get("value");
                if (v != null) {
                    places.put(path + "[" + out.size() + "]", r.places().get("value"));
                    out.add(v);
                }
            }
            return out;
        }

        /** A two-column sheet of code → text (names, purposes). */
        private ObjectNode map(Table t, String path, String what) {
            ObjectNode out = JSON.objectNode();
            places.put(path, t.name());
            String valueField = t.columns().get(1).field();
            Map<String, String> seen = new HashMap<>();
            for (Record r : rows(t)) {
                JsonNode code = r.values().get("code");
                JsonNode value = r.values().get(valueField);
                if (code == null || value == null) {
                    error(r.places().get(code == null ? "code" : valueField), code == null ? "缺少科目编码，此行未读取" : "缺少" + what + "，此行未读取");
                    continue;
                }
                String earlier = seen.putIfAbsent(code.asText(), r.places().get("code"));
                if (earlier != null) {
                    error(r.places().get("code"), "科目“" + code.asText() + "”重复（已在 " + earlier + " 填写），此行未读取");
                    continue;
                }
                places.put(path + "." + code.asText(), r.places().get(valueField));
                out.set(code.asText(), value);
            }
            return out;
        }

        /** The non-blank rows of a table sheet, their columns found by header text. */
        private List<Record> rows(Table t) {
            Sheet s = wb.getSheet(t.name());
            if (s == null) {
                return List.of();
            }
            Row header = s.getRow(0);
            Map<String, Integer> byHeader = new HashMap<>();
            if (header != null) {
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    byHeader.putIfAbsent(cells.label(header.getCell(c)), c);
                }
            }
            Map<Column, Integer> index = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            for (Column col : t.columns()) {
                if (col.field() == null) {
                    continue;
                }
                Integer c = byHeader.get(col.header().replaceAll("\\s", ""));
                if (c == null) {
                    missing.add(col.header());
                } else {
                    index.put(col, c);
                }
            }
            if (!missing.isEmpty()) {
                // a warning: an optional column may be left out; a missing value that is needed is reported per row
                warning(t.name() + "!1:1", "找不到列“" + String.join("”“", missing) + "”，按空白读取（第 1 行应为表头，请勿修改）");
            }
            List<Record> out = new ArrayList<>();
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                Map<String, JsonNode> values = new LinkedHashMap<>();
                Map<String, String> at = new LinkedHashMap<>();
                boolean blank = true;
                for (Map.Entry<Column, Integer> e : index.entrySet()) {
                    String place = t.name() + "!" + new CellReference(r, e.getValue()).formatAsString(false);
                    JsonNode v = cells.value(row == null ? null : row.getCell(e.getValue()), e.getKey().type(), place);
                    values.put(e.getKey().field(), v);
                    at.put(e.getKey().field(), place);
                    blank &= v == null;
                }
                if (!blank) {
                    out.add(new Record(t.name() + "!" + (r + 1) + ":" + (r + 1), values, at));
                }
            }
            return out;
        }

        /**
         * A form sheet's fields by JSON path: each found by its label in column A, its value in column B.
         * A field whose row is missing is placed at the sheet.
         */
        private Map<String, Value> form(Form f) {
            Map<String, Value> out = new LinkedHashMap<>();
            Sheet s = wb.getSheet(f.name());
            if (s != null) {
                Map<String, Field> byLabel = new HashMap<>();
                Set<String> headings = new HashSet<>();
                for (Field field : f.fields()) {
                    if (field.isHeading()) {
                        headings.add(field.label().replaceAll("\\s", ""));
                    } else {
                        byLabel.put(field.label().replaceAll("\\s", ""), field);
                    }
                }
                for (int r = 1; r <= s.getLastRowNum(); r++) {
                    Row row = s.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    String label = cells.label(row.getCell(0));
                    Field field = byLabel.get(label);
                    String place = f.name() + "!" + new CellReference(r, 1).formatAsString(false);
                    if (field == null) {
                        if (!label.isEmpty() && !headings.contains(label) && !label.equals(WorkbookLayout.FORM_HEADERS.get(0))
                                && cells.value(row.getCell(1), Type.TEXT, place) != null) {
                            warning(place, "不认识的项目“" + label + "”，已忽略");
                        }
                        continue;
                    }
                    if (out.containsKey(field.path())) {
                        error(place, "“" + field.label() + "”重复（已在 " + out.get(field.path()).place() + " 填写），此行未读取");
                        continue;
                    }
                    out.put(field.path(), new Value(cells.value(row.getCell(1), field.type(), place), place));
                }
            }
            for (Field field : f.fields()) {
                if (!field.isHeading()) {
                    out.putIfAbsent(field.path(), new Value(null, f.name()));
                }
            }
            return out;
        }
    }
}
