package vn.sotay.qa.internal;

import org.osgi.service.component.annotations.Component;

import vn.sotay.spi.module.SotayModule;

/** Announces the module to the core ({@code GET /api/modules}). */
@Component(property = SotayModule.MODULE + "=" + QaModule.ID)
public class QaModule implements SotayModule {
    /** The module id: REST path /api/qa, persistence unit, sotay.module, feature sotay-qa. */
    public static final String ID = "qa";
    /** The change events' type of a question. */
    public static final String QUESTION = "question";
    /** The search type of published FAQ entries, also their change events' type (search follows them). */
    public static final String FAQ = "qa-faq";
    /** The content type of a question in references ({@code qa-question:12}), resolved by {@link QuestionResolver}. */
    public static final String QUESTION_REF = "qa-question";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Hỏi đáp";
    }

    @Override
    public String description() {
        return "Hỏi đáp nghiệp vụ công tác đảng: đảng viên hỏi, cấp ủy trả lời có trích dẫn văn bản, chuyển câu hỏi lên cấp trên, theo dõi thời hạn trả lời.";
    }
}
