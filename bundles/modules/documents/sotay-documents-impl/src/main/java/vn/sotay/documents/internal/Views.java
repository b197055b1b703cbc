package vn.sotay.documents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.search.SearchHit;

/** What clients receive: documents as list items and in full, with labels in Vietnamese. */
final class Views {
    private Views() {
    }

    /** A document in a list. {@code reviewStatus} and its label only for its managers. */
    record DocumentItem(long id, String number, String type, String typeLabel, String level, String levelLabel,
            String issuerName, LocalDate issuedOn, String title, String summary, String legalStatus,
            String legalStatusLabel, int attachments, boolean bookmarked, String reviewStatus, String reviewStatusLabel) {
    }

    /** A document with everything a reader (and, with the review fields, its managers) needs. */
    record DocumentDetail(long id, String number, String type, String typeLabel, String level, String levelLabel,
            String issuerCode, String issuerName, Org owner, LocalDate issuedOn, String signer, String title,
            String summary, Org audience, String legalStatus, String legalStatusLabel, List<LinkView> relations,
            List<LinkView> relatedBy, List<AttachmentView> attachments, boolean bookmarked, long downloads,
            Instant publishedAt, String reviewStatus, String reviewStatusLabel, String lastComment, String authorName,
            List<Doc.Event> history) {
    }

    record Org(long id, String name) {
    }

    /** A related document; {@code label} reads from this document ("Thay thế", "Được thay thế bởi"). */
    record LinkView(String kind, String label, long documentId, String number, String title, String legalStatus) {
    }

    /** {@code url}: the download ({@code Content-Disposition: attachment} with the file's name). */
    record AttachmentView(long id, String fileName, String mediaType, long size, int pages, String url) {
    }

    /** A search result: the document and where the words were found. */
    record DocumentHit(DocumentItem document, String snippet, List<SearchHit.Highlight> highlights) {
    }

    static DocumentItem item(Doc d, boolean bookmarked, boolean manager) {
        return new DocumentItem(d.id(), d.number(), d.type().name(), d.type().label, d.level().name(), d.level().label,
                d.issuerName(), d.issuedOn(), d.title(), d.summary(), d.legalStatus().name(), d.legalStatus().label,
                d.attachments().size(), bookmarked, manager ? d.reviewStatus().name() : null,
                manager ? d.reviewStatus().label() : null);
    }

    /**
     * @param shown which related documents the caller may see (a link shows the other's number and
     *              title: only where the caller may read that document)
     */
    static DocumentDetail detail(Doc d, OrgTree tree, boolean bookmarked, long downloads, boolean manager,
            List<Doc.Event> history, java.util.function.Predicate<Doc.Link> shown) {
        List<LinkView> relations = d.relations().stream().filter(shown)
                .map(l -> new LinkView(l.kind().name(), l.kind().label, l.documentId(), l.number(), l.title(),
                        l.legalStatus().name())).toList();
        List<LinkView> relatedBy = d.relatedBy().stream().filter(shown)
                .map(l -> new LinkView(l.kind().name(), l.kind().inverse, l.documentId(), l.number(), l.title(),
                        l.legalStatus().name())).toList();
        List<AttachmentView> files = d.attachments().stream().map(a -> new AttachmentView(a.id(), a.fileName(),
                a.kind().mediaType(), a.size(), a.pages(), "/api/documents/" + d.id() + "/attachments/" + a.id()))
                .toList();
        return new DocumentDetail(d.id(), d.number(), d.type().name(), d.type().label, d.level().name(),
                d.level().label, d.issuerCode(), d.issuerName(), org(tree, d.ownerOrgId()), d.issuedOn(), d.signer(),
                d.title(), d.summary(), org(tree, d.audienceOrgId()), d.legalStatus().name(), d.legalStatus().label,
                relations, relatedBy, files, bookmarked, downloads, d.publishedAt(),
                manager ? d.reviewStatus().name() : null, manager ? d.reviewStatus().label() : null,
                manager ? d.lastComment() : null, manager ? d.authorName() : null, manager ? history : null);
    }

    private static Org org(OrgTree tree, long id) {
        OrgNode n = tree.node(id);
        return new Org(id, n == null ? "" : n.name());
    }
}
