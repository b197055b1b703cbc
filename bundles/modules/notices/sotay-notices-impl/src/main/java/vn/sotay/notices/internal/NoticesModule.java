package vn.sotay.notices.internal;

import org.osgi.service.component.annotations.Component;

import vn.sotay.spi.module.SotayModule;

/** Announces the notices module to the core ({@code GET /api/modules}). */
@Component(property = SotayModule.MODULE + "=notices")
public class NoticesModule implements SotayModule {

    @Override
    public String id() {
        return "notices";
    }

    @Override
    public String name() {
        return "Thông báo";
    }

    @Override
    public String description() {
        return "Cấp ủy gửi thông báo xuống tổ chức cấp dưới; đảng viên đọc, xác nhận đã nhận và cấp ủy theo dõi tỉ lệ đọc.";
    }
}
