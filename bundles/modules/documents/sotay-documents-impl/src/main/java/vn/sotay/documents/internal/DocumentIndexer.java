package vn.sotay.documents.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.search.SearchDocument;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.search.SearchContributor;

/**
 * Keeps published documents in the search index: the number as an exact key (so {@code 339 QD/TW}
 * finds it first), the number and title as the title, the summary and every attachment's extracted
 * text as the body, the audience as the filter. Drafts are never indexed. Follows the change
 * channel (the store publishes every committed write) and feeds everything when the index is rebuilt.
 */
@Component(service = SearchContributor.class,
        property = {SearchContributor.TYPE + "=" + DocumentsModule.CONTENT_TYPE, SotayModule.MODULE + "=" + DocumentsModule.ID})
public class DocumentIndexer implements SearchContributor {
    private static final int BATCH = 200;

    private final DocumentStore store;
    private final AttachmentFiles files;

    @Activate
    public DocumentIndexer(@Reference DocumentStore store, @Reference AttachmentFiles files) {
        this.store = store;
        this.files = files;
    }

    @Override
    public String label() {
        return "Tài liệu";
    }

    @Override
    public boolean followsChanges() {
        return true;
    }

    /** A published document as it is now; anything else (draft, archived, gone) leaves the index. */
    @Override
    public Optional<SearchDocument> document(ChangeEvent change) {
        try {
            return store.find(Long.parseLong(change.id())).filter(Doc::published).map(this::document);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void feed(Consumer<SearchDocument> sink) {
        long last = 0;
        List<Doc> batch;
        do {
            batch = store.publishedAfter(last, BATCH);
            for (Doc d : batch) {
                sink.accept(document(d));
                last = d.id();
            }
        } while (batch.size() == BATCH);
    }

    SearchDocument document(Doc d) {
        StringBuilder body = new StringBuilder(d.type().label).append(' ').append(d.issuerName()).append(". ");
        if (d.summary() != null) {
            body.append(d.summary()).append('\n');
        }
        for (Doc.Attachment a : d.attachments()) {
            body.append(files.text(a.sha256())).append('\n');
        }
        return new SearchDocument(DocumentsModule.CONTENT_TYPE, String.valueOf(d.id()), d.number() + " " + d.title(), body.toString(),
                "/api/documents/" + d.id(), List.of(d.audienceOrgId()),
                d.publishedAt() == null ? null : d.issuedOn().atStartOfDay(Access.ZONE).toInstant(), List.of(d.number()));
    }
}
