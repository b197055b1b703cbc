/**
 * The CMS screen contract: how a module brings its own web screens ({@link vn.sotay.spi.cms.CmsScreens}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.spi.cms;
