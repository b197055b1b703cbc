package vn.sotay.qa.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import vn.sotay.api.Role;
import vn.sotay.spi.menu.MenuEntry;
import vn.sotay.spi.menu.MenuContributor;
import vn.sotay.spi.module.SotayModule;

/** The module's CMS menu entries: the ask page and the FAQ for everyone, the answer desk for committees. */
@Component(property = SotayModule.MODULE + "=" + QaModule.ID)
public class QaMenu implements MenuContributor {
    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry("qa.mine", "Hỏi đáp", "Questions", "/qa", 500, List.of()),
            new MenuEntry("qa.faq", "Hỏi đáp thường gặp", "FAQ", "/qa/faq", 505, List.of()),
            new MenuEntry("qa.desk", "Bàn trả lời", "Answer desk", "/qa/desk", 510,
                    List.of(Role.SECRETARY, Role.COMMITTEE, Role.ADMIN)));

    @Override
    public List<MenuEntry> entries() {
        return ENTRIES;
    }
}
