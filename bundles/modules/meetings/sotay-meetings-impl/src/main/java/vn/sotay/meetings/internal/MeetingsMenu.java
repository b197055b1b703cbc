package vn.sotay.meetings.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import vn.sotay.spi.menu.MenuContributor;
import vn.sotay.spi.menu.MenuEntry;
import vn.sotay.spi.module.SotayModule;

/** The module's CMS menu entry, for everyone; its screen is {@code /meetings} in cms/screens.js. */
@Component(property = SotayModule.MODULE + "=" + MeetingsModule.ID)
public class MeetingsMenu implements MenuContributor {
    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry("meetings.list", "Sinh hoạt chi bộ", "Meetings", "/meetings", 500, List.of()));

    @Override
    public List<MenuEntry> entries() {
        return ENTRIES;
    }
}
