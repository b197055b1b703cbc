package vn.sotay.documents.internal;

import java.util.List;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.LoggerFactory;

import vn.sotay.api.search.SearchDocument;
import vn.sotay.api.search.SearchService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.search.SearchContributor;

/**
 * Keeps published documents in the search index: the number as an exact key (so {@code 339 QD/TW}
 * finds it first), the number and title as the title, the summary and every attachment's extracted
 * text as the body, the audience as the filter. Drafts are never indexed. Also the contributor
 * that feeds everything when the index is rebuilt.
 */
@Component(service = {DocumentIndexer.class, SearchContributor.class},
        property = {SearchContributor.TYPE + "=" + DocumentIndexer.TYPE, SotayModule.MODULE + "=" + DocumentsModule.ID})
public class DocumentIndexer implements SearchContributor {
    static final String TYPE = "document";
    private static final int BATCH = 200;

    private final DocumentStore store;
    private final AttachmentFiles files;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SearchService search;

    @Activate
    public DocumentIndexer(@Reference DocumentStore store, @Reference AttachmentFiles files) {
        this.store = store;
        this.files = files;
    }

    @Override
    public String label() {
        return "Tài liệu";
    }

    /** After a committed change: index a published document, remove anything else. Never fails the request. */
    void changed(Doc d) {
        SearchService s = search;
        if (s == null) {
            return; // the index is filled from feed() when search comes back
        }
        try {
            if (d.published()) {
                s.index(document(d));
            } else {
                s.delete(TYPE, String.valueOf(d.id()));
            }
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DocumentIndexer.class).warn("Document {} not indexed (sotay:reindex repairs it): {}",
                    d.id(), e.toString());
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
        return new SearchDocument(TYPE, String.valueOf(d.id()), d.number() + " " + d.title(), body.toString(),
                "/api/documents/" + d.id(), List.of(d.audienceOrgId()),
                d.publishedAt() == null ? null : d.issuedOn().atStartOfDay(Access.ZONE).toInstant(), List.of(d.number()));
    }
}
