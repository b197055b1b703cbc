package vn.sotay.cms.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import vn.sotay.api.Role;
import vn.sotay.spi.menu.MenuContributor;
import vn.sotay.spi.menu.MenuEntry;
import vn.sotay.spi.module.SotayModule;

/**
 * Menu entries of the platform screens the CMS itself brings (screens id {@code platform}); they
 * go with the CMS. Registered as the platform's contribution: the screens use only {@code /api}.
 */
@Component(property = SotayModule.MODULE + "=" + SotayModule.PLATFORM)
public class PlatformMenu implements MenuContributor {
    private static final List<Role> STAFF = List.of(Role.COMMITTEE, Role.SECRETARY, Role.ADMIN);
    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry("platform.org", "Tổ chức đảng", "Organisations", "/platform/org", 900, STAFF),
            new MenuEntry("platform.members", "Đảng viên", "Members", "/platform/members", 910, STAFF),
            new MenuEntry("platform.accounts", "Tài khoản và vai trò", "Accounts and roles", "/platform/accounts", 920,
                    List.of(Role.COMMITTEE, Role.ADMIN)),
            new MenuEntry("platform.import", "Nhập dữ liệu CSV", "CSV import", "/platform/import", 930, List.of(Role.ADMIN)),
            new MenuEntry("platform.modules", "Chức năng đã cài", "Installed modules", "/platform/modules", 940,
                    List.of(Role.ADMIN)));

    @Override
    public List<MenuEntry> entries() {
        return ENTRIES;
    }
}
