package vn.sotay.documents.internal;

import org.osgi.service.component.annotations.Component;

import vn.sotay.spi.module.SotayModule;

/** Announces the documents module to the core ({@code GET /api/modules}). */
@Component(property = SotayModule.MODULE + "=" + DocumentsModule.ID)
public class DocumentsModule implements SotayModule {
    /** The module id: REST path {@code /api/documents}, audit prefix, menu ids. */
    static final String ID = "documents";
    /** The content type of a document: search index, change events, content references. */
    static final String CONTENT_TYPE = "document";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Tài liệu công tác đảng";
    }

    @Override
    public String description() {
        return "Văn bản của Trung ương, Tỉnh ủy, cấp huyện và cơ sở: nghị quyết, quyết định, chỉ thị, kết luận, "
                + "hướng dẫn, báo cáo, công văn, kế hoạch, thông báo, đề án; tìm theo số ký hiệu và nội dung tệp đính kèm.";
    }
}
