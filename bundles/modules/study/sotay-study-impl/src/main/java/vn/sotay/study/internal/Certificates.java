package vn.sotay.study.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.sotay.api.ProblemException;
import vn.sotay.api.pdf.PdfDocument;
import vn.sotay.api.pdf.PdfDocument.Line;
import vn.sotay.study.internal.Rows.Attempt;
import vn.sotay.study.internal.Rows.Contest;
import vn.sotay.study.internal.Rows.Kind;

/**
 * The certificate of a member whose best score reached the contest's pass mark ({@code passPercent},
 * set at creation, 80 by default), once the results are published: a contest after its close, a
 * quiz after the member's own attempt is over. Only the member gets it; committees read the
 * rankings. Before publication 409 (like the rankings), without a scored attempt 404, under the
 * mark 403 with both figures.
 */
final class Certificates {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private Certificates() {
    }

    /** The best scored attempt (score, then the earlier end), or the problem that refuses a certificate. */
    static Attempt passing(Contest k, List<Attempt> mine, Instant now) {
        if (k.kind() == Kind.CONTEST && !k.closed(now)) {
            throw ProblemException.conflict("Giấy chứng nhận được cấp khi cuộc thi kết thúc và công bố kết quả.");
        }
        Optional<Attempt> best = mine.stream().filter(a -> a.score() != null && a.over(now) && a.total() > 0)
                .min(Comparator.comparing((Attempt a) -> -a.score() * 1.0 / a.total()).thenComparing(Certificates::end));
        Attempt a = best.orElseThrow(() -> ProblemException.notFound(
                "Đồng chí chưa có bài làm được chấm điểm trong " + noun(k) + " này."));
        if (a.score() * 100 < k.passPercent() * a.total()) {
            throw ProblemException.forbidden("Kết quả cao nhất của đồng chí là " + a.score() + "/" + a.total() + " câu ("
                    + percent(a) + "), chưa đạt mức " + k.passPercent() + "% để được cấp giấy chứng nhận.");
        }
        return a;
    }

    static Instant end(Attempt a) {
        return a.submittedAt() != null ? a.submittedAt() : a.deadline();
    }

    /** The percent of right answers, Vietnamese style ({@code 86,7%}). */
    static String percent(Attempt a) {
        double p = a.score() * 100.0 / a.total();
        String s = p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.1f", p).replace('.', ',');
        return s + "%";
    }

    static String noun(Contest k) {
        return k.kind() == Kind.QUIZ ? "bài kiểm tra" : "cuộc thi";
    }

    /** The certificate as lines (A4 landscape): issuer, title, the member, the contest, the score, the date. */
    static PdfDocument document(Contest k, Attempt a, String name, String cell, String issuer) {
        ZonedDateTime d = end(a).atZone(VN);
        List<Line> l = new ArrayList<>();
        l.add(Line.right("ĐẢNG CỘNG SẢN VIỆT NAM", 13));
        l.add(Line.of(upper(issuer), 13));
        l.add(Line.of("Số: " + k.id() + "-" + a.id() + "/GCN", 11));
        l.add(Line.gap(18));
        l.add(Line.centered("GIẤY CHỨNG NHẬN", 30));
        l.add(Line.gap(10));
        l.add(Line.centered(nz(issuer) + " chứng nhận đồng chí", 15));
        l.add(Line.gap(6));
        l.add(Line.centered(nz(name), 24));
        l.add(Line.centered(cell == null ? "" : "Đảng viên " + cell, 14));
        l.add(Line.gap(6));
        l.add(Line.centered("đã hoàn thành " + noun(k) + " «" + k.title() + "»", 15));
        l.add(Line.centered("với kết quả " + a.score() + "/" + a.total() + " câu trả lời đúng (" + percent(a)
                + "), đạt mức " + k.passPercent() + "% của " + noun(k) + ".", 15));
        l.add(Line.gap(18));
        l.add(Line.right("Ngày " + two(d.getDayOfMonth()) + " tháng " + two(d.getMonthValue()) + " năm " + d.getYear(), 13));
        return new PdfDocument("Giấy chứng nhận - " + nz(name) + " - " + k.title(), true, l);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String upper(String s) {
        return nz(s).toUpperCase(new Locale("vi"));
    }
}
