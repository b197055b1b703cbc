package vn.sotay.documents.internal;

import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;

/** A store wired as in the runtime: its changes reach itself (the library) and, given one, the search index. */
final class TestDocs {
    private TestDocs() {
    }

    static DocumentStore store(String db, AttachmentFiles files, Fakes.Search search) {
        Fakes.Changes changes = new Fakes.Changes();
        DocumentStore store = new DocumentStore(new DerbyUnit(db, DocumentStore.spec()), changes);
        changes.listen(store);
        if (search != null) {
            changes.listen(Fakes.searchFollower(new DocumentIndexer(store, files), DocumentsModule.CONTENT_TYPE, search));
        }
        return store;
    }
}
