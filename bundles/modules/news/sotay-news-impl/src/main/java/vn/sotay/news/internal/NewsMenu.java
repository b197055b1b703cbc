package vn.sotay.news.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import vn.sotay.api.Role;
import vn.sotay.spi.menu.MenuContributor;
import vn.sotay.spi.menu.MenuEntry;
import vn.sotay.spi.module.SotayModule;

/** The module's CMS menu entries: the feed for everyone, writing for editors, review for reviewers. */
@Component(property = SotayModule.MODULE + "=news")
public class NewsMenu implements MenuContributor {
    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry("news.feed", "Tin tức", "News", "/news", 200, List.of()),
            new MenuEntry("news.write", "Viết tin", "Write an article", "/news/write", 210, List.of(Role.EDITOR)),
            new MenuEntry("news.review", "Duyệt tin", "Review articles", "/news/review", 220,
                    List.of(Role.REVIEWER)));

    @Override
    public List<MenuEntry> entries() {
        return ENTRIES;
    }
}
