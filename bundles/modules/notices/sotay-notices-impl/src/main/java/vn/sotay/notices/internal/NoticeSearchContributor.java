package vn.sotay.notices.internal;

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
 * Notices in search: follows the change channel (a sent notice is indexed once its commit is
 * published; its expiry is checked at search time) and feeds every notice, in batches read by id,
 * when the index is rebuilt.
 */
@Component(property = {SearchContributor.TYPE + "=notice", SotayModule.MODULE + "=notices"})
public class NoticeSearchContributor implements SearchContributor {
    static final int BATCH = 500;

    private final NoticeStore store;

    @Activate
    public NoticeSearchContributor(@Reference NoticeStore store) {
        this.store = store;
    }

    @Override
    public String label() {
        return "Thông báo";
    }

    @Override
    public boolean followsChanges() {
        return true;
    }

    @Override
    public Optional<SearchDocument> document(ChangeEvent change) {
        try {
            return store.find(Long.parseLong(change.id()), null).map(r -> Views.document(r.notice()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void feed(Consumer<SearchDocument> sink) {
        long last = 0;
        List<Notice> batch;
        do {
            batch = store.after(last, BATCH);
            for (Notice n : batch) {
                sink.accept(Views.document(n));
                last = n.id();
            }
        } while (batch.size() == BATCH);
    }
}
