package vn.sotay.spi.menu;

import java.util.List;

import vn.sotay.api.Role;

/**
 * One entry of the CMS menu.
 *
 * @param id      stable id, {@code notices.send}
 * @param label   Vietnamese label
 * @param labelEn English label
 * @param path    CMS route the entry opens, {@code /notices/send}
 * @param order   position, smaller first
 * @param roles   the entry shows to callers holding any of these roles somewhere (empty: everyone)
 */
public record MenuEntry(String id, String label, String labelEn, String path, int order, List<Role> roles) {
    public MenuEntry {
        roles = List.copyOf(roles);
    }
}
