package vn.sotay.qa.internal;

import java.util.ArrayList;
import java.util.List;

import vn.sotay.api.ProblemException;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.rest.Description;

/** Request bodies and their bounds (wrapper types: a missing value is validated here, in Vietnamese). */
final class Requests {
    static final int TEXT_MIN = 10;
    static final int TEXT_MAX = 4000;
    static final int TOPIC_MAX = 80;
    static final int NOTE_MAX = 1000;
    static final int ANSWER_MAX = 8000;
    static final int CITATIONS_MAX = 10;

    private Requests() {
    }

    /** A member's question. */
    record QaAskRequest(@Description("Câu hỏi, 10 đến 4.000 ký tự") String text,
            @Description("Chủ đề (tùy chọn), tối đa 80 ký tự") String topic,
            @Description("Đồng ý cho công bố (ẩn danh) vào mục hỏi đáp chung; mặc định: riêng tư") Boolean publishable,
            @Description("Cấp ủy được hỏi (tùy chọn): một cấp trên của chi bộ; mặc định cấp ủy ngay trên chi bộ") Long orgId) {
    }

    /** Whom to assign: a member of the addressed committee's organisation; empty: the caller. */
    record QaAssignRequest(@Description("Đảng viên được giao; để trống: chính mình") Long memberId) {
    }

    /** Forwarding upward. */
    record QaForwardRequest(@Description("Cấp ủy cấp trên nhận câu hỏi") Long orgId,
            @Description("Ghi chú, tối đa 1.000 ký tự") String note) {
    }

    /** An answer. */
    record QaAnswerRequest(@Description("Câu trả lời, tối đa 8.000 ký tự") String text,
            @Description("Trích dẫn: tham chiếu nội dung dạng loại:mã (document:12), tối đa 10") List<String> citations) {
    }

    static String text(String value, String field, int min, int max, String message) {
        String v = value == null ? "" : value.strip();
        if (v.length() < min || v.length() > max || v.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t')) {
            throw ProblemException.invalid(field, message);
        }
        return v;
    }

    static String optional(String value, String field, int max, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, field, 1, max, message);
    }

    static List<ContentRef> citations(List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > CITATIONS_MAX) {
            throw ProblemException.invalid("citations", "Tối đa " + CITATIONS_MAX + " trích dẫn.");
        }
        List<ContentRef> out = new ArrayList<>();
        for (String v : values) {
            try {
                ContentRef r = ContentRef.parse(v);
                if (!out.contains(r)) {
                    out.add(r);
                }
            } catch (ProblemException e) {
                throw ProblemException.invalid("citations", "Trích dẫn không hợp lệ (dạng loại:mã, ví dụ document:12).");
            }
        }
        return out;
    }
}
