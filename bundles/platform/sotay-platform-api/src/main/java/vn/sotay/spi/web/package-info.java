/**
 * Web pages of a module outside {@code /api} (the CMS at {@code /cms}): {@link vn.sotay.spi.web.WebServlet}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.spi.web;
