package vn.sotay.notices.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;
import vn.sotay.testing.Trees;

/** The store's JPQL and the V1 script against EclipseLink 2.7 on Derby 10.14, as in the distribution. */
class NoticeStoreTest {
    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
    private static final long SECRETARY = 10, COMMITTEE = 20, MEMBER_A = 100, MEMBER_B = 101;
    private static NoticeStore store;
    private static Notice toCell, toTp, toRoot, expired, toSh;

    @BeforeAll
    static void open() {
        store = new NoticeStore(new DerbyUnit("notices", NoticeStore.spec()), new Fakes.Changes());
        toRoot = store.insert("Toàn tỉnh", "Nội dung toàn tỉnh", TU, COMMITTEE, "Tỉnh ủy", T0, null);
        toTp = store.insert("Thành ủy", "Nội dung thành ủy", TP, COMMITTEE, "Cấp ủy TP", T0.plusSeconds(60), null);
        toCell = store.insert("Họp chi bộ", "Nội dung họp", CB01, SECRETARY, "Bí thư", T0.plusSeconds(120),
                T0.plusSeconds(86_400 * 365 * 50L));
        expired = store.insert("Hết hạn", "Cũ", CB01, SECRETARY, "Bí thư", T0.plusSeconds(180), T0.plusSeconds(240));
        toSh = store.insert("Sơn Hà", "Khác nhánh", SH, COMMITTEE, "Cấp ủy SH", T0.plusSeconds(300), null);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Long> ids(List<NoticeRow> rows) {
        return rows.stream().map(r -> r.notice().id()).toList();
    }

    @Test
    void roundTripsUtcTimestampsAndText() {
        Notice n = store.find(toCell.id(), null).orElseThrow().notice();
        assertEquals(toCell, n);
        assertEquals(T0.plusSeconds(120), n.sentAt());
        assertTrue(store.find(999_999, MEMBER_A).isEmpty());
    }

    @Test
    void inboxPutsUnreadFirstThenNewestAndSkipsExpiredAndOtherBranches() {
        List<Long> path = TREE.pathIds(CB01);
        Instant now = T0.plusSeconds(3600);
        assertEquals(List.of(toCell.id(), toTp.id(), toRoot.id()), ids(store.inbox(path, MEMBER_B, now, 0, 10)));
        NoticeRow read = store.receive(toTp, MEMBER_B, CB01, now, false);
        assertTrue(read.read());
        assertFalse(read.acknowledged());
        List<NoticeRow> rows = store.inbox(path, MEMBER_B, now, 0, 10);
        assertEquals(List.of(toCell.id(), toRoot.id(), toTp.id()), ids(rows));
        assertEquals(List.of(false, false, true), rows.stream().map(NoticeRow::read).toList());
        assertEquals(List.of(toRoot.id()), ids(store.inbox(path, MEMBER_B, now, 1, 1)));
        assertEquals(List.of(toCell.id(), toTp.id(), toRoot.id()), ids(store.inbox(path, 12345, now, 0, 10)));
    }

    @Test
    void receiptsAreCreatedOnceAndKeepTheirFirstTimes() {
        Instant t1 = T0.plusSeconds(7200);
        store.receive(toRoot, MEMBER_A, CB01, t1, false);
        NoticeRow acked = store.receive(toRoot, MEMBER_A, CB01, t1.plusSeconds(10), true);
        assertTrue(acked.read() && acked.acknowledged());
        store.receive(toRoot, MEMBER_A, CB01, t1.plusSeconds(20), true);
        store.receive(toRoot, 102, XSL_CB01, t1, true);
        store.receive(toRoot, 103, XSL_CB01, t1, false);
        NoticeRow mine = store.find(toRoot.id(), MEMBER_A).orElseThrow();
        assertTrue(mine.read() && mine.acknowledged());
        assertEquals(Map.of(CB01, new Rollup.Tally(1, 1), XSL_CB01, new Rollup.Tally(2, 1)),
                store.receiptsByCell(toRoot.id()));
        Map<Long, Long> readInWindow = store.readByCell(t1, t1.plusSeconds(1));
        assertEquals(Map.of(CB01, 1L, XSL_CB01, 2L), readInWindow);
    }

    @Test
    void managedFiltersByAudienceChunksOrSenderNewestFirst() {
        assertEquals(List.of(toSh.id(), expired.id(), toCell.id(), toTp.id(), toRoot.id()),
                ids(store.managed(null, 0, null, 0, 10)));
        assertEquals(List.of(expired.id(), toCell.id()), ids(store.managed(List.of(), SECRETARY, null, 0, 10)));
        List<Long> many = new ArrayList<>(LongStream.range(10_000, 12_500).boxed().toList());
        many.add(TP);
        assertEquals(3, vn.sotay.api.persistence.Sql.chunks(many).size());
        assertEquals(List.of(toTp.id()), ids(store.managed(many, 77, null, 0, 10)));
        assertEquals(List.of(toSh.id()), ids(store.managed(List.of(SH), 77, null, 0, 1)));
        assertTrue(store.audiences().containsAll(List.of(TU, TP, SH, CB01)));
    }

    @Test
    void feedsEveryNoticeByIdAndCountsSentPerAudience() {
        List<Notice> first = store.after(0, 2);
        assertEquals(List.of(toRoot.id(), toTp.id()), first.stream().map(Notice::id).toList());
        assertEquals(3, store.after(toTp.id(), 500).size());
        assertEquals(Map.of(TU, 1L, TP, 1L), store.sentByAudience(T0, T0.plusSeconds(120)));
    }
}
