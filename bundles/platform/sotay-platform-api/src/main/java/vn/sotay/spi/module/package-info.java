/**
 * The module contract: a module announces itself with a {@link vn.sotay.spi.module.SotayModule} service and contributes REST resources as services carrying {@link vn.sotay.spi.module.SotayModule#MODULE} and {@link vn.sotay.spi.module.SotayModule#REST_RESOURCE}. The core tracks them (whiteboard) and never imports a module.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.spi.module;
