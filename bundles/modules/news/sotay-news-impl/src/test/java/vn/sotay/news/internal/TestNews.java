package vn.sotay.news.internal;

import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;

/** A store wired as in the runtime: its changes reach itself (the feed) and, given one, the search index. */
final class TestNews {
    private TestNews() {
    }

    static NewsStore store(String db, Fakes.Search search) {
        return store(new DerbyUnit(db, NewsStore.spec()), search);
    }

    static NewsStore store(PersistenceUnit unit, Fakes.Search search) {
        Fakes.Changes changes = new Fakes.Changes();
        NewsStore store = new NewsStore(unit, changes);
        changes.listen(store);
        if (search != null) {
            changes.listen(Fakes.searchFollower(new ArticleSearchContributor(store), Documents.TYPE, search));
        }
        return store;
    }
}
