package vn.sotay.meetings.internal;

import org.osgi.service.component.annotations.Component;

import vn.sotay.spi.module.SotayModule;

/** Announces the module to the core ({@code GET /api/modules}). */
@Component(property = SotayModule.MODULE + "=" + MeetingsModule.ID)
public class MeetingsModule implements SotayModule {
    /** The module id: REST path /api/meetings, persistence unit, sotay.module, feature sotay-meetings. */
    public static final String ID = "meetings";
    /** The search content type of the module's items. */
    public static final String TYPE = "meetings";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Sinh hoạt chi bộ";
    }

    @Override
    public String description() {
        return "Sinh hoạt chi bộ: nội dung gửi tới tổ chức đảng và toàn bộ cấp dưới.";
    }
}
