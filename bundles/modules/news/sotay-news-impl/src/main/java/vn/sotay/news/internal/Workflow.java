package vn.sotay.news.internal;

import java.util.Map;
import java.util.Set;

import vn.sotay.api.ProblemException;

/**
 * The editorial state machine, pure: which action is allowed in which status and where it leads.
 * Who may act (editor or reviewer over the audience) is decided by the resource.
 */
final class Workflow {

    /** A saved change of an article, also the {@code kind} of its version row. */
    enum Action {
        DRAFT, UPDATE, SUBMIT, RETURN, APPROVE, RESTORE, ARCHIVE;

        /** The audit action name ({@code news.submit}). */
        String audit() {
            return "news." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Set<Status> EDITABLE = Set.of(Status.DRAFT, Status.RETURNED);

    private static final Map<Action, Set<Status>> FROM = Map.of(
            Action.UPDATE, EDITABLE,
            Action.RESTORE, EDITABLE,
            Action.SUBMIT, EDITABLE,
            Action.RETURN, Set.of(Status.SUBMITTED),
            Action.APPROVE, Set.of(Status.SUBMITTED),
            Action.ARCHIVE, Set.of(Status.APPROVED));

    private Workflow() {
    }

    /** True when {@code action} may be taken on an article in {@code status}. */
    static boolean allowed(Status status, Action action) {
        Set<Status> from = FROM.get(action);
        return from != null && from.contains(status);
    }

    /** The status after {@code action}, or a 409 problem naming the current status. */
    static Status next(Status status, Action action) {
        if (!allowed(status, action)) {
            throw ProblemException.conflict("Không thể " + verb(action) + " bài viết đang ở trạng thái «"
                    + label(status) + "».");
        }
        return switch (action) {
            case DRAFT, UPDATE, RESTORE -> status;
            case SUBMIT -> Status.SUBMITTED;
            case RETURN -> Status.RETURNED;
            case APPROVE -> Status.APPROVED;
            case ARCHIVE -> Status.ARCHIVED;
        };
    }

    /** True while editors may change the content. */
    static boolean editable(Status status) {
        return EDITABLE.contains(status);
    }

    static String label(Status s) {
        return switch (s) {
            case DRAFT -> "Bản nháp";
            case SUBMITTED -> "Chờ duyệt";
            case RETURNED -> "Trả lại";
            case APPROVED -> "Đã duyệt";
            case ARCHIVED -> "Lưu trữ";
        };
    }

    private static String verb(Action a) {
        return switch (a) {
            case DRAFT -> "tạo";
            case UPDATE -> "sửa";
            case SUBMIT -> "gửi duyệt";
            case RETURN -> "trả lại";
            case APPROVE -> "duyệt";
            case RESTORE -> "khôi phục phiên bản cho";
            case ARCHIVE -> "lưu trữ";
        };
    }
}
