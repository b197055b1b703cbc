package vn.sotay.notices.internal;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.org.OrgTree;

/** Checks and normalises (NFC, trimmed) a send request; every bad field is named in one 400. */
final class SendValidation {
    static final int TITLE_MAX = 255;
    static final int BODY_MAX = 20_000;

    private SendValidation() {
    }

    static SendRequest check(SendRequest r, OrgTree tree, Instant now) {
        if (r == null) {
            throw ProblemException.invalid("Thiếu nội dung yêu cầu.", List.of());
        }
        String title = clean(r.title());
        String body = clean(r.body());
        List<ProblemError> errors = new ArrayList<>();
        if (title.isEmpty()) {
            errors.add(ProblemError.field("title", "Tiêu đề không được để trống."));
        } else if (title.length() > TITLE_MAX) {
            errors.add(ProblemError.field("title", "Tiêu đề không được dài quá 255 ký tự."));
        }
        if (body.isEmpty()) {
            errors.add(ProblemError.field("body", "Nội dung không được để trống."));
        } else if (body.length() > BODY_MAX) {
            errors.add(ProblemError.field("body", "Nội dung không được dài quá 20.000 ký tự."));
        }
        if (r.audienceOrgId() == null) {
            errors.add(ProblemError.field("audienceOrgId", "Chưa chọn tổ chức nhận thông báo."));
        } else if (tree.node(r.audienceOrgId()) == null) {
            errors.add(ProblemError.field("audienceOrgId", "Tổ chức nhận thông báo không tồn tại."));
        }
        if (r.expiresAt() != null && !r.expiresAt().isAfter(now)) {
            errors.add(ProblemError.field("expiresAt", "Thời hạn hiệu lực phải sau thời điểm hiện tại."));
        } else if (r.expiresAt() != null && !vn.sotay.api.persistence.Sql.storable(r.expiresAt())) {
            errors.add(ProblemError.field("expiresAt", "Thời hạn hiệu lực phải trước năm 3000."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().map(ProblemError::message).collect(Collectors.joining(" ")),
                    errors);
        }
        return new SendRequest(title, body, r.audienceOrgId(), r.expiresAt());
    }

    /** NFC (text pasted from Word or macOS arrives decomposed), trimmed; {@code null} becomes empty. */
    private static String clean(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }
}
