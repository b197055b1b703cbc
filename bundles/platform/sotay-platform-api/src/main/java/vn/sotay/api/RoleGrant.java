package vn.sotay.api;

/** A {@link Role} held at the organisation node {@code orgId} (and so over its whole subtree). */
public record RoleGrant(Role role, long orgId) {
}
