/**
 * The append-only audit log: every write records who, when, what and on which object.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.api.audit;
