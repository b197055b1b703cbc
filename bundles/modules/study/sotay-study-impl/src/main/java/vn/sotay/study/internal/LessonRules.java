package vn.sotay.study.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import vn.sotay.api.ProblemException;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.org.OrgTree;
import vn.sotay.study.internal.Lessons.LessonDraft;

/**
 * Validation of programme and lesson bodies. A lesson's text is sanitised on the way in with the OWASP
 * Java HTML Sanitizer and the formatting the news module allows (no script, style or event handler;
 * links to http, https and mailto; images from http or https, or the lesson files of this module).
 */
final class LessonRules {
    static final int MAX_BODY = 30_000;
    private static final Pattern LINK = Pattern.compile("(?i)^\\s*(https?://|mailto:)\\S+$");
    /** Images from http(s), or the module's own lesson files ({@link ProgrammeViews#fileUrl}). */
    private static final Pattern IMAGE = Pattern.compile("(?i)^\\s*(https?://\\S+|/api/study/lessons/[0-9]{1,18}/files/[0-9]{1,18})$");
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "u", "h2", "h3", "h4", "ul", "ol", "li",
                    "blockquote", "a", "img", "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(LINK).onElements("a")
            .allowAttributes("src").matching(IMAGE).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private LessonRules() {
    }

    record ProgrammeDraft(long orgId, String title, String description, Instant deadline) {
    }

    static ProgrammeDraft programme(Requests.ProgrammeRequest r, OrgTree tree, Instant now) {
        if (r == null || r.orgId() == null || tree.node(r.orgId()) == null) {
            throw ProblemException.invalid("orgId", "Chọn một tổ chức có trong hệ thống.");
        }
        String title = text(r.title(), "title", 255, true, "Tên chương trình");
        String description = text(r.description(), "description", 4000, false, "Giới thiệu");
        if (r.deadline() == null || !r.deadline().isAfter(now) || r.deadline().isAfter(now.plus(Duration.ofDays(731)))) {
            throw ProblemException.invalid("deadline", "Hạn hoàn thành phải sau hiện tại, trong vòng hai năm.");
        }
        return new ProgrammeDraft(r.orgId(), title, description, r.deadline().truncatedTo(ChronoUnit.SECONDS));
    }

    static LessonDraft lesson(Requests.LessonRequest r) {
        if (r == null) {
            throw ProblemException.invalid("title", "Thiếu nội dung bài học.");
        }
        String title = text(r.title(), "title", 255, true, "Tên bài học");
        String raw = r.body() == null ? "" : r.body();
        if (raw.length() > MAX_BODY) {
            throw ProblemException.invalid("body", "Nội dung bài học dài quá " + MAX_BODY + " ký tự.");
        }
        String body = POLICY.sanitize(raw);
        if (body.isBlank() || body.length() > MAX_BODY) {
            throw ProblemException.invalid("body", "Nội dung bài học không được để trống, tối đa " + MAX_BODY + " ký tự.");
        }
        int pos = r.position() == null ? 1 : r.position();
        if (pos < 1 || pos > 500) {
            throw ProblemException.invalid("position", "Thứ tự bài học từ 1 đến 500.");
        }
        List<String> refs = new ArrayList<>();
        for (String ref : r.refs() == null ? List.<String>of() : r.refs()) {
            try {
                refs.add(ContentRef.parse(ref).toString());
            } catch (RuntimeException e) {
                throw ProblemException.invalid("refs", "Tham chiếu phải có dạng loại:mã, ví dụ document:12.");
            }
        }
        if (refs.size() > 20) {
            throw ProblemException.invalid("refs", "Tối đa 20 tham chiếu.");
        }
        Requests.LessonCheck check = r.check();
        if (check == null || check.text() == null || check.text().isBlank()) {
            return new LessonDraft(pos, title, body, refs, null, List.of(), null);
        }
        String q = text(check.text(), "check.text", 1000, true, "Câu hỏi kiểm tra");
        List<String> options = check.options() == null ? List.of() : check.options();
        if (options.size() < 2 || options.size() > 6 || options.stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 400)) {
            throw ProblemException.invalid("check.options", "Câu hỏi kiểm tra có từ 2 đến 6 phương án, mỗi phương án tối đa 400 ký tự.");
        }
        if (check.correct() == null || check.correct() < 0 || check.correct() >= options.size()) {
            throw ProblemException.invalid("check.correct", "Chọn phương án đúng trong các phương án.");
        }
        return new LessonDraft(pos, title, body, refs, q, options.stream().map(o -> o.replaceAll("\\s+", " ").strip()).toList(),
                check.correct());
    }

    /**
     * The version a client edited: the {@code If-Match} header ({@code "3"}, {@code W/"3"}; {@code *}: any)
     * when sent, else the body's {@code version}; {@code null}: no check.
     */
    static Integer expectedVersion(String ifMatch, Integer body) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return body;
        }
        String v = ifMatch.strip();
        if (v.equals("*")) {
            return null;
        }
        v = v.startsWith("W/") ? v.substring(2) : v;
        v = v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
        if (!v.matches("[0-9]{1,9}")) {
            throw ProblemException.invalid("If-Match", "If-Match phải là số phiên bản đã mở, ví dụ \"3\".");
        }
        return Integer.valueOf(v);
    }

    private static String text(String s, String field, int max, boolean required, String label) {
        String t = s == null ? "" : s.strip();
        if (required && t.isEmpty() || t.length() > max) {
            throw ProblemException.invalid(field, label + (required ? " không được để trống, tối đa " : " tối đa ") + max + " ký tự.");
        }
        return t.isEmpty() ? null : t;
    }
}
