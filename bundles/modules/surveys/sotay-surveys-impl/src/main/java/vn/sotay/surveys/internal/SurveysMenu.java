package vn.sotay.surveys.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import vn.sotay.api.Role;

import vn.sotay.spi.menu.MenuContributor;
import vn.sotay.spi.menu.MenuEntry;
import vn.sotay.spi.module.SotayModule;

/** The module's CMS menu entries: the list for everyone, the builder for committees (cms/screens.js). */
@Component(property = SotayModule.MODULE + "=" + SurveysModule.ID)
public class SurveysMenu implements MenuContributor {
    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry("surveys.list", "Thăm dò ý kiến", "Surveys", "/surveys", 500, List.of()),
            new MenuEntry("surveys.new", "Soạn thăm dò ý kiến", "New survey", "/surveys/new", 510,
                    List.of(Role.SECRETARY, Role.COMMITTEE, Role.ADMIN)));

    @Override
    public List<MenuEntry> entries() {
        return ENTRIES;
    }
}
