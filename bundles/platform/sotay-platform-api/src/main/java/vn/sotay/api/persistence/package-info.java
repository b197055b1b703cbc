/**
 * Module persistence: a module describes its unit ({@link vn.sotay.api.persistence.UnitSpec}: entities and versioned SQL migrations) and {@link vn.sotay.api.persistence.PersistenceService} opens it on the platform datasource. Tables are never dropped when a module is uninstalled.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package vn.sotay.api.persistence;
