/**
 * The organisation tree (Tỉnh ủy → district-level committees → grassroots committees → cells, any depth): {@link vn.sotay.api.org.OrgService} and its in-memory snapshot {@link vn.sotay.api.org.OrgTree}, which answers every hierarchy question without a query.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.api.org;
