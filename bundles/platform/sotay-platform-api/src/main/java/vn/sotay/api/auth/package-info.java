/**
 * Accounts, bearer tokens and the one place where authorisation is decided: {@link vn.sotay.api.auth.AuthorizationService}. A role held at a node holds for its whole subtree and nowhere else.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package vn.sotay.api.auth;
