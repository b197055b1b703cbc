package ${package}.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import vn.sotay.spi.menu.MenuContributor;
import vn.sotay.spi.menu.MenuEntry;
import vn.sotay.spi.module.SotayModule;

/** The module's CMS menu entry, for everyone; its screen is {@code /${moduleId}} in cms/screens.js. */
@Component(property = SotayModule.MODULE + "=" + ${moduleClass}Module.ID)
public class ${moduleClass}Menu implements MenuContributor {
    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry("${moduleId}.list", "${moduleName}", "${moduleClass}", "/${moduleId}", 500, List.of()));

    @Override
    public List<MenuEntry> entries() {
        return ENTRIES;
    }
}
