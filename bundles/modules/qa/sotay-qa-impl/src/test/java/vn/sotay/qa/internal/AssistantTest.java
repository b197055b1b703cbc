package vn.sotay.qa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.api.search.SearchDocument;
import vn.sotay.api.search.SearchHit;
import vn.sotay.api.search.SearchService;
import vn.sotay.qa.internal.AssistantResource.QaAssistantAnswer;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;
import vn.sotay.testing.Trees;

/** The assistant quotes, cites and declines; retrieval's folding and number parsing. */
class AssistantTest {
    static final Caller MEMBER_A = Fakes.caller(10, 100L, Trees.CB01);
    DerbyUnit unit;
    QaStore store;
    AssistantResource assistant;
    List<SearchHit> hits;

    @BeforeEach
    void setUp() {
        unit = new DerbyUnit("assistant-" + System.nanoTime(), QaStore.spec());
        store = new QaStore(unit, new Fakes.Changes());
        ServiceLevel level = new ServiceLevel();
        level.configure(Map.of());
        QaDesk d = new QaDesk(store, new Fakes.Orgs(), new Fakes.Auth(), new Fakes.Audit(), new Fakes.Members(Map.of()),
                (c, refs) -> List.of(), level);
        SearchService search = new SearchService() {
            @Override public List<SearchHit> search(Caller c, String q, Set<String> types, int limit) {
                return hits.stream().filter(h -> types.contains(h.type())).toList();
            }
            @Override public void index(SearchDocument document) { }
            @Override public void delete(String type, String id) { }
            @Override public int reindex(Set<String> types) { return 0; }
        };
        assistant = new AssistantResource(d, search);
    }

    @AfterEach
    void tearDown() {
        unit.close();
    }

    @Test
    void quotesTheFaqWithItsSourceAndDeclinesOtherwise() {
        var f = store.faq.insert(null, "Sinh hoạt chi bộ", "Chi bộ phải sinh hoạt định kỳ bao lâu một lần?",
                "Chi bộ sinh hoạt định kỳ mỗi tháng một lần, có chuyên đề ít nhất mỗi quý một lần.", List.of(),
                "Nghị quyết số 06-NQ/TU, Điều 2, khoản 1", Trees.TU, Trees.TU, "/1/", ReviewStatus.APPROVED, 1, Instant.now());
        hits = List.of(new SearchHit("qa-faq", String.valueOf(f.id()), f.question(), "…", "/api/qa/faq/" + f.id(), null, 3f),
                new SearchHit("document", "7", "06-NQ/TU Nghị quyết về nâng cao chất lượng sinh hoạt chi bộ",
                        "Bí thư chi bộ chuẩn bị nội dung", "/api/documents/7", null, 2f));
        QaAssistantAnswer a = assistant.answer(MEMBER_A, "chi bo sinh hoat dinh ky may lan mot thang?");
        assertTrue(a.answered(), a.toString());
        assertEquals(f.answer() + " [1]", a.answer().lines().findFirst().orElseThrow());
        assertEquals("06-NQ/TU", a.citations().get(0).documentNumber());
        assertEquals("Điều 2, khoản 1", a.citations().get(0).article());
        assertEquals("/api/qa/faq/" + f.id(), a.citations().get(0).link());
        assertEquals("/api/documents/7", a.citations().get(0).documentLink(), "the cited document, found by its number");
        assertNotNull(a.handoff());

        QaAssistantAnswer no = assistant.answer(MEMBER_A, "Giá vàng hôm nay bao nhiêu một chỉ?");
        assertFalse(no.answered());
        assertNull(no.answer());
        assertTrue(no.citations().isEmpty());
        assertTrue(no.message().contains("Đảng ủy phường Bình Thạnh"), no.message());
        assertEquals(Trees.PBT, no.handoff().request().orgId(), "one tap to ask the committee above the cell");
        assertEquals("/api/qa/questions", no.handoff().path());
    }

    @Test
    void foldsAndParses() {
        assertEquals("dang vien du bi", Retrieval.fold("Đảng viên  dự bị!"));
        assertEquals(Set.of("chi", "bộ", "sinh", "hoạt"), Retrieval.words("(Chi bộ có sinh hoạt không?"));
        assertEquals(0.5, Retrieval.coverage(Retrieval.words("giá vàng"), "Giá trị của việc vắng mặt"), "vàng is not vắng");
        assertEquals(1.0, Retrieval.coverage(Retrieval.words("dang vien"), "Đảng viên"), "typed without diacritics");
        assertEquals("37-QĐi/TW", Retrieval.number("Quy định số 37-QĐi/TW"));
        assertEquals("2195-CV/BTGTU", Retrieval.number("Công văn số 2195-CV/BTGTU"));
        assertEquals("Điều lệ Đảng", Retrieval.number("Điều lệ Đảng, Điều 5"));
        assertEquals("Điều 5", Retrieval.article("Điều lệ Đảng, Điều 5"));
        assertNull(Retrieval.number("không có số"));
    }
}
