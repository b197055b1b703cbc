package vn.sotay.documents.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

import vn.sotay.api.ProblemException;

/**
 * The query parameters of the documents' lists, parsed: the library's filters, its keyset cursor,
 * and dates. Every bad value is a 400 naming the parameter, in Vietnamese.
 */
final class DocumentQuery {
    private DocumentQuery() {
    }

    /** The filters of {@code GET /api/documents}: each one given narrows the list. */
    static Predicate<Doc> filter(String type, String level, String issuer, String year, String status, String number) {
        Predicate<Doc> p = d -> true;
        if (present(type)) {
            DocType t = DocType.parse(type);
            if (t == null) {
                throw ProblemException.invalid("type", "Loại văn bản «" + type.strip() + "» không có.");
            }
            p = p.and(d -> d.type() == t);
        }
        if (present(level)) {
            DocLevel l = DocLevel.parse(level);
            if (l == null) {
                throw ProblemException.invalid("level", "Cấp ban hành phải là CENTRAL, PROVINCE, DISTRICT hoặc GRASSROOTS.");
            }
            p = p.and(d -> d.level() == l);
        }
        if (present(issuer)) {
            String k = DocumentNumber.key(issuer);
            p = p.and(d -> d.issuerKey().equals(k));
        }
        if (present(year)) {
            int y;
            try {
                y = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("year", "Năm ban hành phải là một số, ví dụ 2025.");
            }
            p = p.and(d -> d.issuedOn().getYear() == y);
        }
        if (present(status)) {
            LegalStatus s = legalStatus(status);
            p = p.and(d -> d.legalStatus() == s);
        }
        if (present(number)) {
            String k = DocumentNumber.parse(number).map(DocumentNumber::key).orElse(DocumentNumber.key(number));
            p = p.and(d -> d.numberKey().equals(k));
        }
        return p;
    }

    /** {@code scope}: absent, or {@code cell} (only what is addressed to the caller's cell and above). */
    static boolean cellOnly(String scope) {
        boolean cellOnly = present(scope);
        if (cellOnly && !"cell".equals(scope.strip())) {
            throw ProblemException.invalid("scope", "Phạm vi chỉ nhận giá trị «cell».");
        }
        return cellOnly;
    }

    /** A legal status by its constant or label; 400 naming {@code status} otherwise. */
    static LegalStatus legalStatus(String raw) {
        LegalStatus s = LegalStatus.parse(raw);
        if (s == null) {
            throw ProblemException.invalid("status", "Tình trạng hiệu lực phải là IN_FORCE, AMENDED, REPLACED hoặc EXPIRED.");
        }
        return s;
    }

    /** Keyset cursor {@code k<epochDay>.<id>}: the last item of the previous page; {@code null} for the first page. */
    static long[] after(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            if (cursor.charAt(0) == 'k') {
                int dot = cursor.indexOf('.');
                return new long[] {Long.parseLong(cursor.substring(1, dot)), Long.parseLong(cursor.substring(dot + 1))};
            }
        } catch (RuntimeException e) {
            // fall through
        }
        throw ProblemException.invalid("cursor", "Con trỏ phân trang không hợp lệ");
    }

    /** The cursor naming {@code last} as the end of a page. */
    static String cursor(Doc last) {
        return "k" + last.issuedOn().toEpochDay() + "." + last.id();
    }

    /** True when {@code d} comes after the cursor in newest-first order. */
    static boolean before(Doc d, long[] after) {
        long day = d.issuedOn().toEpochDay();
        return day < after[0] || day == after[0] && d.id() < after[1];
    }

    /** A date parameter (year-month-day, 1900..2999), or {@code fallback} when absent. */
    static LocalDate date(String field, String raw, LocalDate fallback) {
        if (!present(raw)) {
            return fallback;
        }
        try {
            LocalDate d = LocalDate.parse(raw.strip());
            if (d.getYear() >= 1900 && d.getYear() < 3000) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // below
        }
        throw ProblemException.invalid(field, "Ngày phải có dạng năm-tháng-ngày từ năm 1900 đến năm 2999, ví dụ 2025-03-01.");
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
