/**
 * Telling members: the platform inbox ({@link vn.sotay.api.inbox.Inbox}). A module tells a set of
 * members or an organisation subtree about something; each member lists, reads and follows their
 * own items at {@code /api/inbox}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.api.inbox;
