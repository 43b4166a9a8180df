package org.budgetdisclosure.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Dates, times and audit actions as the pages print them (China Standard Time, Chinese names). */
public final class Format {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(CHINA);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

    /** The audit log stores stable English codes; readers see these names. */
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("create", "新建草稿"), Map.entry("import-published", "导入公开文件"), Map.entry("edit", "修改"),
            Map.entry("submit", "提交审核"), Map.entry("return", "退回修改"), Map.entry("publish", "公开"),
            Map.entry("delete", "删除草稿"), Map.entry("login", "登录"), Map.entry("login-failed", "登录失败"),
            Map.entry("create-user", "新建用户"), Map.entry("enable-user", "启用用户"), Map.entry("disable-user", "停用用户"),
            Map.entry("change-password", "修改密码"), Map.entry("create-department", "新建部门"),
            Map.entry("upload-catalog", "上传科目目录"));

    private Format() {
    }

    public static String date(Instant t) {
        return t == null ? "" : DATE.format(t);
    }

    public static String dateTime(Instant t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    /** An audit action's Chinese name (the code itself for one this list does not know yet). */
    public static String action(String code) {
        return code == null ? "" : ACTIONS.getOrDefault(code, code);
    }
}
