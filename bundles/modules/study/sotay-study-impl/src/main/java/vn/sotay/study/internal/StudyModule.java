package vn.sotay.study.internal;

import org.osgi.service.component.annotations.Component;

import vn.sotay.spi.module.SotayModule;

/** Announces the module to the core ({@code GET /api/modules}). */
@Component(property = SotayModule.MODULE + "=" + StudyModule.ID)
public class StudyModule implements SotayModule {
    /** The module id: REST path /api/study, persistence unit, sotay.module, feature sotay-study. */
    public static final String ID = "study";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Học tập";
    }

    @Override
    public String description() {
        return "Học tập nghị quyết, chuyên đề; ngân hàng câu hỏi, bài kiểm tra và cuộc thi tính giờ theo máy chủ, xếp hạng theo tổ chức.";
    }
}
