package vn.sotay.api;

import vn.sotay.api.rest.Description;

/**
 * A role a person holds at one node of the organisation tree. A role held at a node holds for that
 * node's whole subtree and nowhere else. Roles are not ordered: each grants its own rights, and
 * {@link #ADMIN} is the only one that implies the others.
 *
 * <p>Every person with a member record implicitly holds {@link #MEMBER} at their own cell; the other
 * roles are granted explicitly (see {@link vn.sotay.api.auth.AuthorizationService#grant}).
 */
@Description("Vai trò tại một tổ chức; có hiệu lực trên toàn bộ cây con của tổ chức đó")
public enum Role {
    /** Party member (đảng viên): reads what is addressed to their cell or an ancestor of it. */
    MEMBER,
    /** Cell secretary (bí thư chi bộ): sends notices, runs the cell's meetings. */
    SECRETARY,
    /** Party committee (cấp ủy): sends notices and documents down its subtree, grants roles inside it. */
    COMMITTEE,
    /** Editor (biên tập viên): drafts content for the board of its level. */
    EDITOR,
    /** Reviewer (Ban Biên tập): approves or returns content in its subtree. */
    REVIEWER,
    /** Administrator: everything, in its subtree (an admin at the root is a provincial integrator). */
    ADMIN;

    /** Vietnamese label shown to people. */
    public String label() {
        return switch (this) {
            case MEMBER -> "Đảng viên";
            case SECRETARY -> "Bí thư chi bộ";
            case COMMITTEE -> "Cấp ủy";
            case EDITOR -> "Biên tập viên";
            case REVIEWER -> "Ban Biên tập (duyệt)";
            case ADMIN -> "Quản trị";
        };
    }
}
