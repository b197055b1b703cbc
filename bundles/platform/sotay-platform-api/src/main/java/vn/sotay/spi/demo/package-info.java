/**
 * Demo data contributions: a module's {@link vn.sotay.spi.demo.DemoContributor} adds its demo
 * content to the demo province, run by the {@code sotay-demo} bundle when {@code sotay.demo=true}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.spi.demo;
