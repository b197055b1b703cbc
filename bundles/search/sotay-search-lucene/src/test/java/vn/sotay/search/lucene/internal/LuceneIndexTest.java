package vn.sotay.search.lucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.search.lucene.internal.Docs.DAY1;
import static vn.sotay.search.lucene.internal.Docs.DAY2;
import static vn.sotay.search.lucene.internal.Docs.doc;
import static vn.sotay.search.lucene.internal.Docs.keyed;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sotay.api.ProblemException;
import vn.sotay.api.search.SearchHit;
import vn.sotay.api.search.SearchHit.Highlight;

class LuceneIndexTest {
    static final Set<String> ALL = Set.of("notice", "news");

    @TempDir
    Path dir;
    LuceneIndex index;

    @BeforeEach
    void open() throws IOException {
        index = new LuceneIndex(dir, id -> List.of());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    List<String> ids(String q) {
        return index.search(q, ALL, null, 10).stream().map(SearchHit::id).toList();
    }

    @Test
    void aSearchSeesTheWritesMadeBeforeItWhileAnotherThreadRefreshes() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread other = new Thread(() -> { // like the ticker and other requests: searches that refresh
            while (!stop.get()) {
                index.search("khác", ALL, null, 1);
            }
        });
        other.start();
        try {
            for (int i = 0; i < 200; i++) {
                index.index(doc("notice", "n" + i, "Thông báo số " + i, "Nội dung"));
                assertEquals(List.of("n" + i), ids("số " + i + " thông báo").stream().filter(("n" + i)::equals).toList(),
                        "write " + i + " not seen by the search after it");
            }
        } finally {
            stop.set(true);
            other.join();
        }
    }

    @Test
    void unaccentedQueryFindsAccentedText() {
        index.index(doc("notice", "1", "Hướng dẫn kết nạp Đảng viên", "Nội dung"));
        index.index(doc("notice", "2", "Lịch họp", "Không liên quan"));
        assertEquals(List.of("1"), ids("dang vien"));
        assertEquals(List.of("1"), ids("ĐẢNG VIÊN"));
        assertEquals(List.of("1"), ids("huong dan"));
    }

    @Test
    void nfdTextAndQueriesMatch() {
        String nfd = Normalizer.normalize("Nghị quyết của Đảng ủy", Normalizer.Form.NFD);
        index.index(doc("notice", "1", "Văn bản", nfd));
        assertEquals(List.of("1"), ids("nghị quyết"));
        assertEquals(List.of("1"), ids(Normalizer.normalize("nghị quyết", Normalizer.Form.NFD)));
        assertEquals(List.of("1"), ids("dang uy"));
        assertEquals(Normalizer.normalize(nfd, Normalizer.Form.NFC), index.search("uy", ALL, null, 1).get(0).snippet());
    }

    @Test
    void exactAccentRanksFirst() {
        index.index(doc("notice", "plain", "dang vien", "x"));
        index.index(doc("notice", "accented", "Đảng viên", "x"));
        assertEquals(List.of("accented", "plain"), ids("đảng viên"));
        assertEquals(List.of("plain", "accented"), ids("dang vien"));
    }

    @Test
    void titleOutweighsBody() {
        index.index(doc("notice", "body", "Thông báo", "Họp chi bộ tháng này"));
        index.index(doc("notice", "title", "Họp chi bộ", "Thông báo tháng này"));
        assertEquals(List.of("title", "body"), ids("họp chi bộ"));
    }

    @Test
    void allTermsFirstThenAny() {
        index.index(doc("notice", "both", "Hội nghị chi bộ", "x"));
        index.index(doc("notice", "one", "Nghị quyết", "x"));
        assertEquals(List.of("both"), ids("hội nghị"));
        assertEquals(Set.of("both", "one"), Set.copyOf(ids("nghị quyết hội xyzzy")));
    }

    @Test
    void tiesGoToTheNewerDocument() {
        index.index(doc("notice", "old", "Họp chi bộ", "x", DAY1));
        index.index(doc("notice", "new", "Họp chi bộ", "x", DAY2));
        List<SearchHit> hits = index.search("họp", ALL, null, 10);
        assertEquals(List.of("new", "old"), hits.stream().map(SearchHit::id).toList());
        assertEquals(DAY2, hits.get(0).date());
        assertEquals("/api/notice/new", hits.get(0).url());
    }

    @Test
    void userSyntaxIsNeverParsed() {
        index.index(doc("notice", "1", "title AND (x", "body"));
        for (String q : List.of("title:(foo AND", "\"unclosed", "x*?~^2 [a TO", "OR NOT -+&&||!{}/\\")) {
            index.search(q, ALL, null, 10); // no exception
        }
        assertEquals(List.of("1"), ids("title:(x"));
    }

    @Test
    void blankOrSymbolOnlyQueryIs400() {
        for (String q : new String[] {"", "  ", "!!! ?", null}) {
            ProblemException e = assertThrows(ProblemException.class, () -> index.search(q, ALL, null, 10));
            assertEquals(400, e.status());
            assertEquals("q", e.errors().get(0).field());
        }
    }

    @Test
    void searchRightAfterIndexOrDeleteSeesIt() {
        index.index(doc("notice", "1", "Đại hội", "x"));
        assertEquals(List.of("1"), ids("đại hội"));
        index.index(doc("notice", "1", "Tổng kết", "x"));
        assertEquals(List.of(), ids("đại hội"));
        assertEquals(List.of("1"), ids("tổng kết"));
        index.delete("notice", "1");
        index.delete("notice", "unknown");
        assertEquals(List.of(), ids("tổng kết"));
    }

    @Test
    void sameIdInTwoTypesAreTwoDocuments() {
        index.index(doc("notice", "1", "Đại hội", "x"));
        index.index(doc("news", "1", "Đại hội", "x"));
        assertEquals(2, ids("đại hội").size());
        assertEquals(List.of("news"), index.search("đại hội", Set.of("news"), null, 10).stream().map(SearchHit::type).toList());
        assertEquals(List.of(), index.search("đại hội", Set.of(), null, 10));
    }

    @Test
    void survivesRestart() throws IOException {
        index.index(doc("notice", "1", "Đại hội", "x"));
        index.close();
        index = new LuceneIndex(dir, id -> List.of());
        assertEquals(List.of("1"), ids("dai hoi"));
    }

    @Test
    void committedByTheTickWithoutClose() throws Exception {
        index.index(doc("notice", "1", "Đại hội", "x"));
        index.tick();
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
            assertEquals(1, reader.numDocs());
        }
    }

    @Test
    void snippetIsPlainTextAroundTheMatch() {
        String body = "Mở đầu. ".repeat(60) + "Chi bộ tổ chức kết nạp Đảng viên mới vào tháng Năm. " + "Kết thúc. ".repeat(60);
        index.index(doc("notice", "1", "Tin", body));
        String s = index.search("dang vien", ALL, null, 1).get(0).snippet();
        assertTrue(s.contains("kết nạp Đảng viên mới"), s);
        assertTrue(s.length() <= 205, s);
        assertTrue(s.startsWith("…") && s.endsWith("…"), s);
        assertFalse(s.contains("<"), s);
    }

    @Test
    void snippetOfTitleOnlyMatchIsTheBodyStart() {
        index.index(doc("notice", "1", "Đại hội", "Ngắn gọn.\n\nHai dòng."));
        assertEquals("Ngắn gọn. Hai dòng.", index.search("đại hội", ALL, null, 1).get(0).snippet());
    }

    @Test
    void rebuildReplacesOnlyItsType() {
        index.index(doc("notice", "stale", "Đại hội", "x"));
        index.index(doc("notice", "kept", "Đại hội cũ", "x"));
        index.index(doc("news", "other", "Đại hội", "x"));
        int n = index.rebuild("notice", sink -> {
            sink.accept(doc("notice", "kept", "Đại hội mới", "x"));
            sink.accept(doc("notice", "fresh", "Đại hội", "x"));
            sink.accept(doc("news", "foreign", "Đại hội", "x")); // not its type: skipped
        });
        assertEquals(2, n);
        assertEquals(Set.of("kept", "fresh", "other"), Set.copyOf(ids("đại hội")));
        assertEquals(List.of("kept"), ids("mới"));
        assertEquals(2, index.count("notice"));
    }

    @Test
    void documentNumberInAnySpellingRanksFirst() {
        index.index(keyed("notice", "numbered", "339-QĐ/TW", "Quy định về công tác cán bộ",
                "Ban hành kèm theo Quyết định số 339-QĐ/TW của Bộ Chính trị."));
        // decoys: the same digits and issuer words in their text, a near number as their key
        index.index(doc("notice", "words", "Số 339 QĐ TW: 339 đảng viên", "Có 339 đảng viên thực hiện QĐ của TW, số 339.", DAY2));
        index.index(keyed("notice", "tu", "339-QĐ/TU", "Quyết định 339-QĐ/TU", "Số 339-QĐ/TU của Tỉnh ủy, theo hướng dẫn của TW."));
        index.index(keyed("news", "other", "2195-CV/BTGTU", "339 QĐ TW", "Công văn số 2195 về 339-QĐ TW"));
        for (String q : List.of("339-QĐ/TW", "339 QD/TW", "so 339-QD/TW", "Số 339-QĐ/TW", "339-qđ/tw", "339/QĐ-TW",
                "339 qđ tw", "SỐ 339 - QĐ / TW", "quyết định 339-QĐ/TW về cán bộ xyzzy")) {
            List<SearchHit> hits = index.search(q, ALL, null, 10);
            assertEquals("numbered", hits.get(0).id(), q);
            assertTrue(hits.stream().skip(1).allMatch(h -> h.score() < hits.get(0).score() / 2), q);
        }
        assertEquals("tu", ids("339-QĐ/TU").get(0));
        assertEquals("other", ids("2195-CV/BTGTU").get(0));
    }

    @Test
    void keyAloneFindsTheDocument() {
        index.index(keyed("notice", "keyed", "619-BC/ĐUK", "Báo cáo tổng kết", "Nội dung"));
        index.index(doc("notice", "text", "Chuyển đổi số 619-BC/ĐUK", "Văn bản về chuyển đổi số, trích 619-BC/ĐUK"));
        assertEquals(List.of("keyed", "text"), ids("so 619-BC/DUK"));
        assertEquals(List.of("keyed", "text"), ids("văn bản 619-BC/ĐUK về chuyển đổi số"));
        assertEquals(List.of("keyed"), ids("619-BC/ĐUK báo cáo")); // the key is an AND-pass match: no OR fallback
        assertEquals(List.of("text"), ids("619")); // a part of a number is no key match
        assertEquals(List.of("text"), ids("BC/ĐUK"));
        index.index(doc("notice", "keyed", "Báo cáo tổng kết", "Nội dung")); // replaced without its key
        assertEquals(List.of("text"), ids("619-BC/ĐUK"));
    }

    @Test
    void highlightsMarkQueryWordsInTheSnippet() {
        index.index(doc("notice", "short", "Tin", "Kết nạp Đảng viên mới."));
        for (String q : List.of("dang vien", "đảng viên", "ĐẢNG VIÊN")) {
            SearchHit h = index.search(q, ALL, null, 1).get(0);
            assertEquals(List.of(new Highlight(8, 12), new Highlight(13, 17)), h.highlights(), q);
        }
        String body = "Mở đầu. ".repeat(60) + "Chi bộ kết nạp Đảng viên mới, đảng viên dự bị. " + "Kết thúc. ".repeat(60);
        index.index(doc("notice", "long", "Tin", body));
        for (String q : List.of("dang vien", "Đảng viên")) {
            SearchHit h = index.search(q, ALL, null, 2).stream().filter(x -> x.id().equals("long")).findFirst().get();
            assertTrue(h.snippet().startsWith("…"), h.snippet());
            assertEquals(List.of("Đảng", "viên", "đảng", "viên"),
                    h.highlights().stream().map(m -> h.snippet().substring(m.start(), m.end())).toList(), q);
        }
    }

    @Test
    void matchedKeyIsHighlighted() {
        index.index(keyed("notice", "1", "339-QĐ/TW", "Quy định", "Theo Quyết định số 339-QĐ/TW, 339 đảng viên."));
        SearchHit h = index.search("339 QD/TW", ALL, null, 1).get(0);
        assertEquals(List.of("339-QĐ/TW", "339"),
                h.highlights().stream().map(m -> h.snippet().substring(m.start(), m.end())).toList());
    }
}
