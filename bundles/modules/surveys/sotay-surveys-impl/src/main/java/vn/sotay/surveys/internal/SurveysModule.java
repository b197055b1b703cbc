package vn.sotay.surveys.internal;

import org.osgi.service.component.annotations.Component;

import vn.sotay.spi.module.SotayModule;

/** Announces the module to the core ({@code GET /api/modules}). */
@Component(property = SotayModule.MODULE + "=" + SurveysModule.ID)
public class SurveysModule implements SotayModule {
    /** The module id: REST path /api/surveys, persistence unit, sotay.module, feature sotay-surveys. */
    public static final String ID = "surveys";
    /** The content type of a survey in references ({@code survey:12}, the inbox's items). */
    public static final String CONTENT_TYPE = "survey";

    static vn.sotay.api.content.ContentRef ref(long surveyId) {
        return new vn.sotay.api.content.ContentRef(CONTENT_TYPE, String.valueOf(surveyId));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Thăm dò ý kiến";
    }

    @Override
    public String description() {
        return "Cấp ủy thăm dò ý kiến đảng viên của tổ chức mình phụ trách: câu hỏi một hoặc nhiều lựa chọn và trả lời tự do, "
                + "ẩn danh hoặc ghi danh, nhắc qua hộp thư, tỉ lệ trả lời theo từng đơn vị, xuất Excel.";
    }
}
