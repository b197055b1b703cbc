package vn.sotay.qa.internal;

import java.time.Instant;
import java.util.List;

import vn.sotay.api.content.ResolvedContent;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Description;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.qa.internal.FaqStore.Faq;

/** The FAQ as the REST layer answers it: no asker, ever. */
final class FaqViews {
    private FaqViews() {
    }

    /** An FAQ entry. */
    record QaFaqEntry(long id, @Description("Chủ đề") String topic, @Description("Câu hỏi (đã ẩn danh)") String question,
            @Description("Câu trả lời") String answer,
            @Description("Căn cứ bằng lời: số văn bản, điều, khoản") String source,
            @Description("Trích dẫn đã tra cứu cho người xem (chỉ khi mở một mục)") List<ResolvedContent> citations,
            @Description("Công bố cho toàn bộ cấp dưới của tổ chức này") long scopeOrgId, String scopeName,
            @Description("Cấp ủy trả lời") long ownerOrgId, String ownerName, ReviewStatus status, String statusLabel,
            @Description("Ý kiến khi trả lại") String reviewComment, Instant publishedAt) {
    }

    /** Proposing an answered question for the FAQ. */
    record QaFaqProposal(@Description("Chủ đề, bắt buộc, tối đa 80 ký tự") String topic,
            @Description("Câu hỏi viết lại không nêu người hỏi; để trống: nguyên văn câu hỏi") String question,
            @Description("Câu trả lời; để trống: nguyên văn câu trả lời") String answer,
            @Description("Căn cứ bằng lời (số văn bản, điều, khoản), tối đa 255 ký tự") String source,
            @Description("Phạm vi công bố: tổ chức đã trả lời hoặc một cấp trên (cả tỉnh); mặc định tổ chức đã trả lời") Long scopeOrgId) {
    }

    /** A reviewer's comment when returning an entry. */
    record QaFaqComment(@Description("Ý kiến, tối đa 1.000 ký tự") String comment) {
    }

    static QaFaqEntry entry(Faq f, OrgTree tree, List<ResolvedContent> citations) {
        return new QaFaqEntry(f.id(), f.topic(), f.question(), f.answer(), f.source(), citations, f.scopeOrgId(),
                Views.name(tree, f.scopeOrgId()), f.ownerOrgId(), Views.name(tree, f.ownerOrgId()), f.status(),
                f.status().label(), f.reviewComment(), f.publishedAt());
    }
}
