package vn.sotay.search.lucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.sotay.search.lucene.internal.Docs.doc;
import static vn.sotay.search.lucene.internal.Docs.keyed;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.auth.AuthorizationService.Visibility;
import vn.sotay.api.search.SearchDocument;
import vn.sotay.api.search.SearchHit;
import vn.sotay.spi.search.SearchContributor;

class LuceneSearchServiceTest {
    static final Caller MEMBER = new Caller(7, 7L, "Nguyễn Văn A", 3L, List.of());

    @TempDir
    Path dir;
    LuceneSearchService service;
    final Contributor notices = new Contributor("notice"), news = new Contributor("news");

    @BeforeEach
    void open() throws IOException {
        AuthorizationService auth = (AuthorizationService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AuthorizationService.class}, (p, m, args) -> {
                    if (m.getName().equals("visibility")) {
                        return new Visibility(List.of(1L, 3L), Set.of());
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        service = new LuceneSearchService(new LuceneIndex(dir, id -> List.of(1L, id)), auth, Runnable::run, null);
    }

    @AfterEach
    void close() throws IOException {
        service.close();
    }

    Set<String> found(Caller caller, String q, Set<String> types) {
        return Set.copyOf(service.search(caller, q, types, 20).stream().map(h -> h.type() + "/" + h.id()).toList());
    }

    @Test
    void onlyTypesWithAContributorAreReturned() {
        service.index(doc("notice", "1", "Đại hội chi bộ", "x"));
        service.index(doc("news", "1", "Đại hội chi bộ", "x"));
        assertEquals(Set.of(), found(Caller.SYSTEM, "đại hội", null));
        service.addContributor(notices, notices.props);
        assertEquals(Set.of("notice/1"), found(Caller.SYSTEM, "đại hội", null));
        service.addContributor(news, news.props);
        assertEquals(Set.of("notice/1", "news/1"), found(Caller.SYSTEM, "đại hội", Set.of()));
        assertEquals(Set.of("news/1"), found(Caller.SYSTEM, "đại hội", Set.of("news", "unknown")));
        service.removeContributor(news, news.props);
        assertEquals(Set.of("notice/1"), found(Caller.SYSTEM, "đại hội", null));
        service.addContributor(news, news.props); // reinstalled: back without reindexing
        assertEquals(Set.of("notice/1", "news/1"), found(Caller.SYSTEM, "đại hội", null));
    }

    @Test
    void aChangeOfAFollowingContributorsModuleIsIndexedOrRemovedAsItAnswers() {
        Map<String, SearchDocument> current = new java.util.HashMap<>();
        SearchContributor following = new SearchContributor() {
            @Override public String label() { return "Thông báo"; }
            @Override public void feed(Consumer<SearchDocument> sink) { }
            @Override public boolean followsChanges() { return true; }
            @Override public java.util.Optional<SearchDocument> document(vn.sotay.api.change.ChangeEvent e) {
                return java.util.Optional.ofNullable(current.get(e.id()));
            }
        };
        service.addContributor(following, Map.of(SearchContributor.TYPE, "notice", "sotay.module", "notices"));
        current.put("1", doc("notice", "1", "Đại hội chi bộ", "x"));
        service.changed(vn.sotay.api.change.ChangeEvent.created("news", "notice", 1, null));
        assertEquals(Set.of(), found(Caller.SYSTEM, "đại hội", null), "another module's event is ignored");
        service.changed(vn.sotay.api.change.ChangeEvent.created("notices", "notice", 1, null));
        assertEquals(Set.of("notice/1"), found(Caller.SYSTEM, "đại hội", null));
        current.remove("1");
        service.changed(vn.sotay.api.change.ChangeEvent.updated("notices", "notice", 1, null));
        assertEquals(Set.of(), found(Caller.SYSTEM, "đại hội", null), "no longer searchable: removed");
        current.put("2", doc("notice", "2", "Đại hội", "x"));
        service.changed(vn.sotay.api.change.ChangeEvent.created("notices", "notice", 2, null));
        service.changed(vn.sotay.api.change.ChangeEvent.deleted("notices", "notice", 2, null));
        assertEquals(Set.of(), found(Caller.SYSTEM, "đại hội", null), "deleted");
        service.index(doc("news", "3", "Đại hội", "x"));
        service.addContributor(news, news.props);
        service.changed(vn.sotay.api.change.ChangeEvent.updated("news", "news", 3, null));
        assertEquals(Set.of("news/3"), found(Caller.SYSTEM, "đại hội", null), "a contributor not following changes is left alone");
    }

    @Test
    void callersSeeWhatTheyMayRead() {
        service.addContributor(notices, notices.props);
        service.index(doc("notice", "mine", "Đại hội", "x", 3L));
        service.index(doc("notice", "other", "Đại hội", "x", 4L));
        service.index(doc("notice", "all", "Đại hội", "x"));
        assertEquals(Set.of("notice/mine", "notice/all"), found(MEMBER, "dai hoi", null));
        assertEquals(3, found(Caller.SYSTEM, "dai hoi", null).size());
    }

    @Test
    void keyMatchesKeepTheAudienceAndTypeFilters() {
        service.addContributor(notices, notices.props);
        service.index(keyed("notice", "mine", "339-QĐ/TW", "Quy định", "x", 3L));
        service.index(keyed("notice", "other", "339-QĐ/TW", "Quy định", "x", 4L));
        service.index(keyed("news", "1", "339-QĐ/TW", "Quy định", "x"));
        assertEquals(Set.of("notice/mine"), found(MEMBER, "so 339 qd/tw", null));
        assertEquals(Set.of("notice/mine", "notice/other"), found(Caller.SYSTEM, "339-QĐ/TW", null));
        service.addContributor(news, news.props);
        assertEquals(Set.of("notice/mine", "news/1"), found(MEMBER, "339/QĐ-TW", null));
        assertEquals(Set.of("news/1"), found(MEMBER, "339/QĐ-TW", Set.of("news")));
    }

    @Test
    void blankQueryIs400() {
        ProblemException e = assertThrows(ProblemException.class, () -> service.search(MEMBER, " ", null, 10));
        assertEquals(400, e.status());
        assertEquals("Vui lòng nhập từ khóa tìm kiếm", e.detail());
    }

    @Test
    void emptyTypeFillsItselfWhenItsContributorArrives() {
        notices.docs.add(doc("notice", "1", "Đại hội", "x"));
        service.addContributor(notices, notices.props);
        assertEquals(Set.of("notice/1"), found(Caller.SYSTEM, "đại hội", null));
        assertEquals(1, notices.feeds);
        service.removeContributor(notices, notices.props);
        service.addContributor(notices, notices.props); // not empty: no second feed
        assertEquals(1, notices.feeds);
    }

    @Test
    void reindexRebuildsFromContributors() {
        service.addContributor(notices, notices.props);
        service.addContributor(news, news.props);
        service.index(doc("notice", "stale", "Đại hội", "x"));
        service.index(doc("gone", "1", "Đại hội", "x")); // uninstalled module: kept
        notices.docs.addAll(List.of(doc("notice", "1", "Đại hội", "x"), doc("notice", "2", "Hội nghị", "x")));
        news.docs.add(doc("news", "1", "Đại hội", "x"));

        assertEquals(3, service.reindex(null));
        assertEquals(Set.of("notice/1", "news/1"), found(Caller.SYSTEM, "đại hội", null));
        assertEquals(Set.of("notice/2"), found(Caller.SYSTEM, "hội nghị", null));

        news.docs.clear();
        assertEquals(0, service.reindex(Set.of("news")));
        assertEquals(Set.of("notice/1"), found(Caller.SYSTEM, "đại hội", null));

        service.addContributor(new Contributor("gone"), Map.of(SearchContributor.TYPE, "gone"));
        assertEquals(Set.of("notice/1", "gone/1"), found(Caller.SYSTEM, "đại hội", null));
    }

    @Test
    void failingContributorDoesNotStopTheOthers() {
        Contributor broken = new Contributor("broken") {
            @Override
            public void feed(Consumer<SearchDocument> sink) {
                throw new IllegalStateException("boom");
            }
        };
        service.addContributor(notices, notices.props);
        service.addContributor(broken, broken.props);
        notices.docs.add(doc("notice", "1", "Đại hội", "x"));
        assertThrows(IllegalStateException.class, () -> service.reindex(null));
        assertEquals(Set.of("notice/1"), found(Caller.SYSTEM, "đại hội", null));
    }

    static class Contributor implements SearchContributor {
        final List<SearchDocument> docs = new ArrayList<>();
        final Map<String, Object> props;
        int feeds;

        Contributor(String type) {
            props = Map.of(SearchContributor.TYPE, type);
        }

        @Override
        public String label() {
            return "Nhãn";
        }

        @Override
        public void feed(Consumer<SearchDocument> sink) {
            feeds++;
            docs.forEach(sink);
        }
    }

    /** Runs background work at once, so tests need no waiting. */
    static final class DirectExecutor extends AbstractExecutorService {
        @Override public void execute(Runnable r) { r.run(); }
        @Override public void shutdown() { }
        @Override public List<Runnable> shutdownNow() { return List.of(); }
        @Override public boolean isShutdown() { return false; }
        @Override public boolean isTerminated() { return false; }
        @Override public boolean awaitTermination(long t, TimeUnit u) { return true; }
    }
}
