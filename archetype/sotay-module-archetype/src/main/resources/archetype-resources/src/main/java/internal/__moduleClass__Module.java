package ${package}.internal;

import org.osgi.service.component.annotations.Component;

import vn.sotay.spi.module.SotayModule;

/** Announces the module to the core ({@code GET /api/modules}). */
@Component(property = SotayModule.MODULE + "=" + ${moduleClass}Module.ID)
public class ${moduleClass}Module implements SotayModule {
    /** The module id: REST path /api/${moduleId}, persistence unit, sotay.module, feature sotay-${moduleId}. */
    public static final String ID = "${moduleId}";
    /** The search content type of the module's items. */
    public static final String TYPE = "${moduleId}";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "${moduleName}";
    }

    @Override
    public String description() {
        return "${moduleName}: nội dung gửi tới tổ chức đảng và toàn bộ cấp dưới.";
    }
}
