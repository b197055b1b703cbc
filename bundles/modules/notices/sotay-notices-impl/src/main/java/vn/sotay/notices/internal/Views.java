package vn.sotay.notices.internal;

import java.util.List;

import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.search.SearchDocument;

/** Maps stored notices to their JSON and search forms; audience names come from the tree in memory. */
final class Views {
    static final int EXCERPT_MAX = 200;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private Views() {
    }

    static NoticeItem item(NoticeRow r, OrgTree tree) {
        return listed(new NoticeRow(new Notice(r.notice().id(), r.notice().title(), excerpt(r.notice().body()),
                r.notice().audienceOrgId(), r.notice().senderAccountId(), r.notice().senderName(), r.notice().sentAt(),
                r.notice().expiresAt()), r.read(), r.acknowledged()), tree);
    }

    /** A list item of a row whose body already is its excerpt (the inbox cache stores them so). */
    static NoticeItem listed(NoticeRow r, OrgTree tree) {
        Notice n = r.notice();
        return new NoticeItem(n.id(), n.title(), n.body(), n.sentAt(), n.expiresAt(), n.senderName(),
                n.audienceOrgId(), audienceName(tree, n.audienceOrgId()), r.read(), r.acknowledged());
    }

    static NoticeDetail detail(Notice n, OrgTree tree, boolean read, boolean acknowledged) {
        return new NoticeDetail(n.id(), n.title(), excerpt(n.body()), n.body(), n.sentAt(), n.expiresAt(),
                n.senderName(), n.audienceOrgId(), audienceName(tree, n.audienceOrgId()), read, acknowledged);
    }

    /** The search form: found by its audience until it expires (the index checks the expiry at every search). */
    static SearchDocument document(Notice n) {
        return new SearchDocument("notice", String.valueOf(n.id()), n.title(), n.body(), "/api/notices/" + n.id(),
                List.of(n.audienceOrgId()), n.sentAt(), List.of(), null, n.expiresAt());
    }

    /** The body on one line, cut at a word boundary near {@link #EXCERPT_MAX} characters; idempotent. */
    static String excerpt(String body) {
        String s = WHITESPACE.matcher(body).replaceAll(" ").strip();
        if (s.length() <= EXCERPT_MAX || (s.length() <= EXCERPT_MAX + 1 && s.endsWith("…"))) {
            return s;
        }
        int cut = s.lastIndexOf(' ', EXCERPT_MAX);
        if (cut <= EXCERPT_MAX / 2) {
            cut = Character.isHighSurrogate(s.charAt(EXCERPT_MAX - 1)) ? EXCERPT_MAX - 1 : EXCERPT_MAX;
        }
        return s.substring(0, cut).strip() + "…";
    }

    private static String audienceName(OrgTree tree, long id) {
        OrgNode node = tree.node(id);
        return node == null ? null : node.name();
    }
}
