package vn.sotay.meetings.internal.minutes;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import vn.sotay.api.Role;
import vn.sotay.meetings.internal.MeetingsModule;
import vn.sotay.spi.menu.MenuContributor;
import vn.sotay.spi.menu.MenuEntry;
import vn.sotay.spi.module.SotayModule;

/** The committee's overview in the CMS menu ({@code /meetings/overview} in cms/minutes.js). */
@Component(property = SotayModule.MODULE + "=" + MeetingsModule.ID)
public class OverviewMenu implements MenuContributor {
    private static final List<MenuEntry> ENTRIES = List.of(new MenuEntry("meetings.overview", "Theo dõi sinh hoạt chi bộ",
            "Following the meetings", "/meetings/overview", 520, List.of(Role.COMMITTEE)));

    @Override
    public List<MenuEntry> entries() {
        return ENTRIES;
    }
}
