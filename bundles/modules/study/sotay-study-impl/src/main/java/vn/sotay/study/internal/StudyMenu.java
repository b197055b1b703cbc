package vn.sotay.study.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import vn.sotay.spi.menu.MenuContributor;
import vn.sotay.spi.menu.MenuEntry;
import vn.sotay.spi.module.SotayModule;

/** The module's CMS menu entry, for everyone; its screen is {@code /study} in cms/screens.js. */
@Component(property = SotayModule.MODULE + "=" + StudyModule.ID)
public class StudyMenu implements MenuContributor {
    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry("study.list", "Học tập", "Study", "/study", 500, List.of()));

    @Override
    public List<MenuEntry> entries() {
        return ENTRIES;
    }
}
