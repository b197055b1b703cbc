package vn.sotay.documents.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import vn.sotay.api.Role;
import vn.sotay.spi.menu.MenuContributor;
import vn.sotay.spi.menu.MenuEntry;
import vn.sotay.spi.module.SotayModule;

/**
 * The module's CMS menu entries: the library and bookmarks for everyone, upload for the drafters
 * (editors, committees, cell secretaries), review for the boards.
 */
@Component(property = SotayModule.MODULE + "=" + DocumentsModule.ID)
public class DocumentsMenu implements MenuContributor {
    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry("documents.library", "Tài liệu", "Documents", "/documents", 300, List.of()),
            new MenuEntry("documents.bookmarks", "Tài liệu xem sau", "Saved documents", "/documents/bookmarks", 305,
                    List.of()),
            new MenuEntry("documents.upload", "Đăng tài liệu", "Upload a document", "/documents/upload", 310,
                    List.of(Access.DRAFTERS)),
            new MenuEntry("documents.review", "Duyệt tài liệu", "Review documents", "/documents/review", 320,
                    List.of(Role.REVIEWER)),
            new MenuEntry("documents.stats", "Thống kê tài liệu", "Document statistics", "/documents/stats", 330,
                    List.of(Role.SECRETARY, Role.COMMITTEE, Role.ADMIN)));

    @Override
    public List<MenuEntry> entries() {
        return ENTRIES;
    }
}
