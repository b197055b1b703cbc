package vn.sotay.qa.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.api.search.SearchDocument;
import vn.sotay.qa.internal.FaqStore.Faq;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.search.SearchContributor;

/**
 * Published FAQ entries in search (type {@value QaModule#FAQ}), readable by the subtree of their scope;
 * an entry not (or no longer) approved is removed. Questions themselves are never indexed.
 */
@Component(property = {SearchContributor.TYPE + "=" + QaModule.FAQ, SotayModule.MODULE + "=" + QaModule.ID})
public class FaqSearchContributor implements SearchContributor {
    static final int BATCH = 500;
    private final QaStore store;

    @Activate
    public FaqSearchContributor(@Reference QaStore store) {
        this.store = store;
    }

    @Override
    public String label() {
        return "Hỏi đáp";
    }

    @Override
    public boolean followsChanges() {
        return true;
    }

    @Override
    public Optional<SearchDocument> document(ChangeEvent change) {
        try {
            return store.faq.find(Long.parseLong(change.id())).filter(f -> f.status() == ReviewStatus.APPROVED)
                    .map(FaqSearchContributor::document);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void feed(Consumer<SearchDocument> sink) {
        long last = 0;
        List<Faq> batch;
        do {
            batch = store.faq.approvedAfter(last, BATCH);
            for (Faq f : batch) {
                sink.accept(document(f));
                last = f.id();
            }
        } while (batch.size() == BATCH);
    }

    static SearchDocument document(Faq f) {
        String body = f.answer() + (f.source() == null ? "" : "\n" + f.source()) + "\n" + f.topic();
        return new SearchDocument(QaModule.FAQ, String.valueOf(f.id()), f.question(), body, "/api/qa/faq/" + f.id(),
                List.of(f.scopeOrgId()), f.publishedAt());
    }
}
