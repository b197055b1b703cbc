package vn.sotay.spi.menu;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's entries in the CMS menu, registered as a DS service with the
 * {@link vn.sotay.spi.module.SotayModule#MODULE} property. The core serves the merged menu at
 * {@code GET /api/menu}, filtered by the caller's roles; entries vanish with their module.
 */
@ConsumerType
public interface MenuContributor {

    /** The module's entries; called on every menu request, so return a constant list. */
    List<MenuEntry> entries();
}
