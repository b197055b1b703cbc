package vn.sotay.platform.core.internal.imports;

import java.util.Comparator;
import java.util.List;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;

/** The 400 problem an import answers when any row is invalid. */
final class Problems {
    private Problems() {
    }

    /** Errors sorted by line (stable within a line); the detail counts them. */
    static ProblemException invalid(List<ProblemError> errors) {
        List<ProblemError> sorted = sorted(errors);
        return ProblemException.invalid("Tệp có " + sorted.size() + " lỗi; chưa nhập dòng nào. Hãy sửa rồi nhập lại.",
                sorted);
    }

    /** 403: rows outside the importer's authority, sorted by line; nothing imported. */
    static ProblemException forbidden(List<ProblemError> errors) {
        List<ProblemError> sorted = sorted(errors);
        return ProblemException.forbidden("Tệp có " + sorted.size() + " dòng nằm ngoài phạm vi quản trị của bạn; "
                + "chưa nhập dòng nào.", sorted);
    }

    private static List<ProblemError> sorted(List<ProblemError> errors) {
        return errors.stream()
                .sorted(Comparator.comparing(ProblemError::line, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }
}
