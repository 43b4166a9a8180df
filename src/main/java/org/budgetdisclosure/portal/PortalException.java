package org.budgetdisclosure.portal;

/**
 * A request the portal refuses, with the reason for the user (Chinese) and its kind, which the web
 * layer maps to an HTTP status.
 */
public final class PortalException extends RuntimeException {

    /** Why it was refused. */
    public enum Kind {
        UNAUTHENTICATED(401, "需要登录"),
        FORBIDDEN(403, "没有权限"),
        NOT_FOUND(404, "未找到"),
        CONFLICT(409, "操作冲突"),
        INVALID(422, "内容有误"),
        TOO_LARGE(413, "文件过大");

        private final int status;
        private final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }
    }

    private final Kind kind;

    public PortalException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static PortalException notFound(long id) {
        return new PortalException(Kind.NOT_FOUND, "没有编号为 " + id + " 的公开文件");
    }

    static PortalException forbidden(String what) {
        return new PortalException(Kind.FORBIDDEN, "没有权限：" + what);
    }
}
