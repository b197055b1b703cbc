/**
 * CMS menu contributions, merged by the core at {@code GET /api/menu} and filtered by the caller's roles.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.spi.menu;
