package vn.sotay.news.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.org.OrgTree;

/**
 * Checks and normalises an article request (NFC, trimmed, body sanitised); every bad field is named
 * in one 400. Pure.
 */
final class ArticleValidation {
    static final int TITLE_MAX = 500;
    static final int SUMMARY_MAX = 2000;
    static final int BODY_MAX = 32_000;
    static final int SOURCE_NAME_MAX = 255;
    static final int URL_MAX = 1000;
    static final int TAG_MAX = 50;
    static final int TAGS_MAX = 1000;
    static final int COMMENT_MAX = 2000;
    /** A raw (unsanitised) text longer than this many times its limit is refused before it is parsed. */
    static final int RAW_MAX = 4;
    /** An image id: its SHA-256 in lower-case hex. */
    private static final Pattern IMAGE_ID = Pattern.compile("^[0-9a-f]{64}$");

    private ArticleValidation() {
    }

    /**
     * The request as it will be stored: cleaned text, sanitised body, summary from the body when empty.
     * {@code imageExists} says whether an uploaded image has this id (the cover must be one).
     */
    static ArticleRequest check(ArticleRequest r, OrgTree tree, Set<String> categories,
            Predicate<String> imageExists) {
        if (r == null) {
            throw ProblemException.invalid("Thiếu nội dung yêu cầu.", List.of());
        }
        List<ProblemError> errors = new ArrayList<>();
        String title = clean(r.title());
        if (title.isEmpty()) {
            errors.add(ProblemError.field("title", "Tiêu đề không được để trống."));
        } else if (title.length() > TITLE_MAX) {
            errors.add(ProblemError.field("title", "Tiêu đề không được dài quá 500 ký tự."));
        }
        // bounded before the sanitiser parses anything: a clean body of BODY_MAX is never 4 times longer
        String body = r.body() != null && r.body().length() > RAW_MAX * BODY_MAX ? null
                : HtmlSafety.sanitize(clean(r.body())).strip();
        if (body == null) {
            errors.add(ProblemError.field("body", "Nội dung quá dài (tối đa 32.000 ký tự sau khi làm sạch)."));
            body = "";
        } else if (HtmlSafety.plainText(body).isEmpty() && !body.contains("<img")) {
            errors.add(ProblemError.field("body", "Nội dung không được để trống."));
        } else if (body.length() > BODY_MAX) {
            errors.add(ProblemError.field("body", "Nội dung quá dài (tối đa 32.000 ký tự sau khi làm sạch)."));
        }
        String summary = r.summary() != null && r.summary().length() > RAW_MAX * SUMMARY_MAX ? null
                : HtmlSafety.plainText(clean(r.summary()));
        if (summary == null) {
            errors.add(ProblemError.field("summary", "Tóm tắt không được dài quá 2.000 ký tự."));
            summary = "";
        } else if (summary.isEmpty()) {
            summary = excerpt(HtmlSafety.plainText(body), 300);
        } else if (summary.length() > SUMMARY_MAX) {
            errors.add(ProblemError.field("summary", "Tóm tắt không được dài quá 2.000 ký tự."));
        }
        String sourceName = emptyToNull(clean(r.sourceName()));
        if (sourceName != null && sourceName.length() > SOURCE_NAME_MAX) {
            errors.add(ProblemError.field("sourceName", "Tên nguồn không được dài quá 255 ký tự."));
        }
        String sourceUrl = emptyToNull(clean(r.sourceUrl()));
        if (sourceUrl != null && (sourceUrl.length() > URL_MAX || !httpUrl(sourceUrl))) {
            errors.add(ProblemError.field("sourceUrl", "Liên kết nguồn phải là địa chỉ http hoặc https hợp lệ."));
        }
        String category = clean(r.category());
        if (category.isEmpty()) {
            errors.add(ProblemError.field("category", "Chưa chọn chuyên mục."));
        } else if (!categories.contains(category)) {
            errors.add(ProblemError.field("category", "Chuyên mục không tồn tại."));
        }
        List<String> tags = tags(r.tags(), errors);
        int featuredOrder = r.featuredOrder() == null ? 0 : r.featuredOrder();
        if (featuredOrder < 0) {
            errors.add(ProblemError.field("featuredOrder", "Thứ tự tin nổi bật không được âm."));
        }
        if (r.audienceOrgId() == null) {
            errors.add(ProblemError.field("audienceOrgId", "Chưa chọn phạm vi đăng tin."));
        } else if (tree.node(r.audienceOrgId()) == null) {
            errors.add(ProblemError.field("audienceOrgId", "Tổ chức được chọn làm phạm vi đăng tin không tồn tại."));
        }
        String cover = emptyToNull(clean(r.coverImageId()));
        if (cover != null && (!IMAGE_ID.matcher(cover).matches() || !imageExists.test(cover))) {
            errors.add(ProblemError.field("coverImageId",
                    "Ảnh bìa không tồn tại: hãy tải ảnh lên trước (POST /api/news/images) rồi dùng mã ảnh được trả về."));
        }
        Instant publishAt = millis(r.publishAt());
        Instant expiresAt = millis(r.expiresAt());
        if (publishAt != null && !vn.sotay.api.persistence.Sql.storable(publishAt)) {
            errors.add(ProblemError.field("publishAt", "Thời điểm đăng phải trong khoảng năm 1900 đến năm 3000."));
        } else if (expiresAt != null && !vn.sotay.api.persistence.Sql.storable(expiresAt)) {
            errors.add(ProblemError.field("expiresAt", "Thời điểm hết hạn phải trong khoảng năm 1900 đến năm 3000."));
        } else if (expiresAt != null && publishAt != null && !expiresAt.isAfter(publishAt)) {
            errors.add(ProblemError.field("expiresAt", "Thời điểm hết hạn phải sau thời điểm đăng."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().map(ProblemError::message).collect(Collectors.joining(" ")),
                    errors);
        }
        return new ArticleRequest(title, summary, body, sourceName, sourceUrl, category, tags,
                Boolean.TRUE.equals(r.featured()), featuredOrder, r.audienceOrgId(), publishAt, expiresAt, cover);
    }

    /** The reviewer's comment when sending an article back: required, at most 2,000 characters. */
    static String comment(CommentRequest r) {
        String c = r == null ? "" : clean(r.comment());
        if (c.isEmpty()) {
            throw ProblemException.invalid("comment", "Cần ghi ý kiến khi trả lại bài viết.");
        }
        if (c.length() > COMMENT_MAX) {
            throw ProblemException.invalid("comment", "Ý kiến không được dài quá 2.000 ký tự.");
        }
        return c;
    }

    /** The text on one line, cut at a word boundary near {@code max} characters. */
    static String excerpt(String text, int max) {
        String s = text.replaceAll("\\s+", " ").strip();
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max);
        if (cut <= max / 2) {
            cut = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        }
        return s.substring(0, cut).strip() + "…";
    }

    private static List<String> tags(List<String> raw, List<ProblemError> errors) {
        Set<String> out = new LinkedHashSet<>();
        if (raw != null) {
            for (String t : raw) {
                String c = clean(t);
                if (c.isEmpty()) {
                    continue;
                }
                if (c.contains(",") || c.length() > TAG_MAX) {
                    errors.add(ProblemError.field("tags", "Mỗi thẻ tối đa 50 ký tự và không chứa dấu phẩy."));
                    return List.of();
                }
                out.add(c);
            }
        }
        if (String.join(",", out).length() > TAGS_MAX) {
            errors.add(ProblemError.field("tags", "Quá nhiều thẻ."));
        }
        return List.copyOf(out);
    }

    private static boolean httpUrl(String s) {
        try {
            URI u = new URI(s);
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The publication time a reviewer sets on approval (query parameter {@code publishAt}): none
     * when empty; otherwise ISO 8601 with an offset, not in the past (a minute's grace for the
     * clock of the browser) and before the article expires.
     */
    static Instant reviewerSchedule(String text, Instant now, Instant expiresAt) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant at;
        try {
            at = millis(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("publishAt", "Thời điểm đăng không hợp lệ; dùng dạng 2026-12-03T08:00:00+07:00.");
        }
        if (!vn.sotay.api.persistence.Sql.storable(at)) {
            throw ProblemException.invalid("publishAt", "Thời điểm đăng phải trước năm 3000.");
        }
        if (at.isBefore(now.minusSeconds(60))) {
            throw ProblemException.invalid("publishAt", "Thời điểm đăng đã qua; để trống để đăng ngay khi duyệt.");
        }
        if (expiresAt != null && !expiresAt.isAfter(at)) {
            throw ProblemException.invalid("publishAt", "Thời điểm đăng phải trước lúc bài hết hạn.");
        }
        return at;
    }

    private static Instant millis(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** NFC (text pasted from Word or macOS arrives decomposed), trimmed; {@code null} becomes empty. */
    static String clean(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }
}
