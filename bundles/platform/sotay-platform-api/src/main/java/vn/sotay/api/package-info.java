/**
 * Core types every bundle shares: the authenticated {@link vn.sotay.api.Caller}, {@link vn.sotay.api.Role}s held at organisation nodes, RFC 7807 failures ({@link vn.sotay.api.ProblemException}) and paging ({@link vn.sotay.api.Page}, {@link vn.sotay.api.Cursors}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package vn.sotay.api;
