package vn.sotay.notices.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import vn.sotay.api.Role;
import vn.sotay.spi.menu.MenuContributor;
import vn.sotay.spi.menu.MenuEntry;
import vn.sotay.spi.module.SotayModule;

/** The module's CMS menu entries: the inbox for everyone, sending for staff. */
@Component(property = SotayModule.MODULE + "=notices")
public class NoticesMenu implements MenuContributor {
    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry("notices.inbox", "Thông báo", "Notices", "/notices", 100, List.of()),
            new MenuEntry("notices.send", "Gửi thông báo", "Send a notice", "/notices/send", 110,
                    List.of(Role.SECRETARY, Role.COMMITTEE, Role.ADMIN)));

    @Override
    public List<MenuEntry> entries() {
        return ENTRIES;
    }
}
