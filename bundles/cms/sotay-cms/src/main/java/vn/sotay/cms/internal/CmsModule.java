package vn.sotay.cms.internal;

import org.osgi.service.component.annotations.Component;

import vn.sotay.spi.module.SotayModule;

/** Announces the CMS at {@code GET /api/modules}. */
@Component(property = SotayModule.MODULE + "=cms")
public class CmsModule implements SotayModule {
    @Override public String id() { return "cms"; }
    @Override public String name() { return "Trang quản trị (CMS)"; }
    @Override public String description() {
        return "Giao diện web tiếng Việt cho biên tập viên, cấp ủy và quản trị viên tại /cms/; mỗi chức năng mang màn hình riêng.";
    }
}
