package vn.sotay.documents.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;

/** Checks a {@link DocumentRequest}; every problem is collected, then one 400 in Vietnamese names them all. */
final class DocumentValidation {
    static final int TITLE_MAX = 1000, SUMMARY_MAX = 4000, NAME_MAX = 255, COMMENT_MAX = 2000, RELATIONS_MAX = 20;

    private DocumentValidation() {
    }

    /** A validated request: the number parsed, the level derived, relations resolved to ids. */
    record Valid(DocumentNumber number, String issuerName, long ownerOrgId, DocLevel level, LocalDate issuedOn,
            String signer, String title, String summary, long audienceOrgId, LegalStatus legalStatus,
            Map<Long, RelationKind> relations) {
    }

    /**
     * @param byNumber  ids of the documents with a number key ({@link DocumentNumber#key()})
     * @param referable whether the author may name a document in a relation: it is published and the
     *                  author may read it; anything else is answered as absent (no drafts of other
     *                  districts named, no titles read back through a relation)
     * @param self      the document being edited, {@code null} for a new one (it may not relate to itself)
     */
    static Valid check(DocumentRequest r, OrgTree tree, Function<String, List<Long>> byNumber,
            java.util.function.LongPredicate referable, Long self, LocalDate today) {
        if (r == null) {
            throw ProblemException.invalid("body", "Thiếu nội dung yêu cầu.");
        }
        List<ProblemError> errors = new ArrayList<>();
        DocumentNumber number = DocumentNumber.parse(r.number()).orElse(null);
        if (clean(r.number()).isEmpty()) {
            errors.add(ProblemError.field("number", "Chưa nhập số, ký hiệu văn bản (ví dụ 619-BC/ĐUK)."));
        } else if (number == null) {
            errors.add(ProblemError.field("number", "Số, ký hiệu «" + clean(r.number())
                    + "» không đúng dạng <số>-<loại>/<cơ quan ban hành>, ví dụ 619-BC/ĐUK, 04-ĐA/TU, 339-QĐ/TW."));
        } else if (number.toString().length() > 64) {
            errors.add(ProblemError.field("number", "Số, ký hiệu quá dài."));
        }
        String issuerName = text(r.issuerName(), "issuerName", "Cơ quan ban hành", NAME_MAX, true, errors);
        String title = text(r.title(), "title", "Trích yếu", TITLE_MAX, true, errors);
        String summary = text(r.summary(), "summary", "Tóm tắt", SUMMARY_MAX, false, errors);
        String signer = text(r.signer(), "signer", "Người ký", NAME_MAX, false, errors);
        if (r.issuedOn() == null) {
            errors.add(ProblemError.field("issuedOn", "Chưa nhập ngày ban hành."));
        } else if (r.issuedOn().isAfter(today) || r.issuedOn().getYear() < 1930) {
            errors.add(ProblemError.field("issuedOn", "Ngày ban hành không hợp lệ (không được sau hôm nay)."));
        }
        OrgNode owner = r.ownerOrgId() == null ? null : tree.node(r.ownerOrgId());
        boolean central = Boolean.TRUE.equals(r.central());
        if (owner == null) {
            errors.add(ProblemError.field("ownerOrgId", r.ownerOrgId() == null ? "Chưa chọn cấp ủy ban hành."
                    : "Cấp ủy ban hành không tồn tại."));
        } else if (central && owner.parentId() != null) {
            errors.add(ProblemError.field("central", "Văn bản của Trung ương do cấp tỉnh đăng tải."));
        }
        long audience = r.audienceOrgId() == null ? (owner == null ? 0 : owner.id()) : r.audienceOrgId();
        if (r.audienceOrgId() != null && tree.node(audience) == null) {
            errors.add(ProblemError.field("audienceOrgId", "Tổ chức nhận văn bản không tồn tại."));
        } else if (owner != null && !tree.isWithin(audience, owner.id())) {
            errors.add(ProblemError.field("audienceOrgId", "Phạm vi nhận văn bản phải nằm trong tổ chức ban hành."));
        }
        LegalStatus legal = r.legalStatus() == null ? LegalStatus.IN_FORCE : LegalStatus.parse(r.legalStatus());
        if (legal == null) {
            errors.add(ProblemError.field("legalStatus", "Tình trạng hiệu lực không hợp lệ."));
        }
        Map<Long, RelationKind> relations = relations(r.relations(), byNumber, referable, self, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().map(ProblemError::message).collect(Collectors.joining(" ")),
                    errors);
        }
        return new Valid(number, issuerName, owner.id(), DocLevel.of(owner, central), r.issuedOn(), signer, title,
                summary, audience, legal, relations);
    }

    private static Map<Long, RelationKind> relations(List<DocumentRequest.RelationRequest> raw,
            Function<String, List<Long>> byNumber, java.util.function.LongPredicate referable, Long self,
            List<ProblemError> errors) {
        Map<Long, RelationKind> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        if (raw.size() > RELATIONS_MAX) {
            errors.add(ProblemError.field("relations", "Tối đa " + RELATIONS_MAX + " văn bản liên quan."));
            return out;
        }
        for (DocumentRequest.RelationRequest rr : raw) {
            RelationKind kind = rr == null ? null : RelationKind.parse(rr.kind());
            if (kind == null) {
                errors.add(ProblemError.field("relations",
                        "Quan hệ phải là REPLACES (thay thế), AMENDS (sửa đổi), IMPLEMENTS (triển khai) hoặc GUIDES (hướng dẫn)."));
                continue;
            }
            Long target = rr.documentId();
            if (target == null && rr.number() != null) {
                List<Long> found = DocumentNumber.parse(rr.number()).map(n -> byNumber.apply(n.key())).orElse(List.of())
                        .stream().filter(referable::test).toList();
                if (found.size() == 1) {
                    target = found.get(0);
                } else {
                    errors.add(ProblemError.field("relations", found.isEmpty()
                            ? "Không tìm thấy văn bản số «" + clean(rr.number()) + "»."
                            : "Có nhiều văn bản cùng số «" + clean(rr.number()) + "»: hãy chọn theo mã văn bản."));
                    continue;
                }
            }
            if (target == null || !referable.test(target)) {
                errors.add(ProblemError.field("relations", "Văn bản liên quan không tồn tại."));
            } else if (target.equals(self)) {
                errors.add(ProblemError.field("relations", "Văn bản không thể liên quan đến chính nó."));
            } else {
                out.put(target, kind);
            }
        }
        return out;
    }

    /** The reviewer's comment when returning a document: required, at most 2,000 characters. */
    static String comment(String raw) {
        String c = clean(raw);
        if (c.isEmpty()) {
            throw ProblemException.invalid("comment", "Cần ghi ý kiến khi trả lại văn bản.");
        }
        if (c.length() > COMMENT_MAX) {
            throw ProblemException.invalid("comment", "Ý kiến không được dài quá 2.000 ký tự.");
        }
        return c;
    }

    private static String text(String raw, String field, String label, int max, boolean required,
            List<ProblemError> errors) {
        String s = clean(raw).replaceAll("\\s+", " ");
        if (required && s.isEmpty()) {
            errors.add(ProblemError.field(field, label + " không được để trống."));
        } else if (s.length() > max) {
            errors.add(ProblemError.field(field, label + " không được dài quá " + String.format("%,d", max).replace(',', '.')
                    + " ký tự."));
        }
        return s.isEmpty() ? null : s;
    }

    /** NFC, trimmed; {@code null} becomes empty. */
    static String clean(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }
}
