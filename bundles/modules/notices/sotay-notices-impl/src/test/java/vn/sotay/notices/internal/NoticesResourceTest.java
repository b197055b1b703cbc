package vn.sotay.notices.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Fakes.as;
import static vn.sotay.testing.Fakes.caller;
import static vn.sotay.testing.Trees.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import vn.sotay.api.Caller;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;
import vn.sotay.testing.Trees;

/** The endpoints' rules (who sees, who sends, what is recorded) over a real store and faked core services. */
class NoticesResourceTest {
    private static final AtomicInteger DB = new AtomicInteger();
    private static final Caller ADMIN = caller(1, null, null, new RoleGrant(Role.ADMIN, TU));
    private static final Caller TP_COMMITTEE = caller(2, 2L, CBVP, new RoleGrant(Role.COMMITTEE, TP));
    private static final Caller SH_COMMITTEE = caller(3, 3L, XSL_CB01, new RoleGrant(Role.COMMITTEE, SH));
    private static final Caller SECRETARY = caller(4, 4L, CB01, new RoleGrant(Role.SECRETARY, CB01));
    private static final Caller MEMBER_A = caller(7, 7L, CB01);
    private static final Caller MEMBER_B = caller(8, 8L, XSL_CB01);

    private NoticeStore store;
    private NoticesResource api;
    private Fakes.Audit audit;
    private Fakes.Search search;

    @BeforeEach
    void open() {
        Fakes.Changes changes = new Fakes.Changes();
        store = new NoticeStore(new DerbyUnit("api" + DB.incrementAndGet(), NoticeStore.spec()), changes);
        audit = new Fakes.Audit();
        search = new Fakes.Search();
        InboxCache inbox = new InboxCache(store);
        changes.listen(inbox).listen(Fakes.searchFollower(new NoticeSearchContributor(store), "notice", search));
        api = new NoticesResource(store, inbox, new Fakes.Orgs(), new Fakes.Auth(),
                new Fakes.Members(Map.of(CB01, 3L, CBVP, 2L, XSL_CB01, 5L)), audit);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static int status(Executable e) {
        return assertThrows(ProblemException.class, e).status();
    }

    private NoticeDetail send(Caller c, long audience) {
        return api.create(c, new SendRequest("Họp chi bộ", "Kính gửi các đồng chí đảng viên.", audience, null));
    }

    @Test
    void sendingIsAuditedIndexedAndLimitedToTheSendersSubtree() {
        NoticeDetail d = send(SECRETARY, CB01);
        assertEquals("Chi bộ Khu phố 1", d.audienceName());
        assertEquals("Người 4", d.senderName());
        assertEquals(List.of("4 notice.send notice " + d.id() + " Họp chi bộ"), audit.records);
        assertEquals("/api/notices/" + d.id(), search.indexed.get(0).url());
        assertEquals(List.of(CB01), search.indexed.get(0).audience());
        assertEquals(403, status(() -> send(SECRETARY, TP)));
        assertEquals(403, status(() -> send(MEMBER_A, CB01)));
        assertEquals(400, status(() -> api.create(ADMIN, new SendRequest("", "b", TU, null))));
        send(ADMIN, TU);
        search.broken = true;
        send(TP_COMMITTEE, PBT);
        search.broken = false;
        send(TP_COMMITTEE, TP);
        assertEquals(4, audit.records.size());
    }

    @Test
    void membersSeeTheirBranchUnreadFirstAndOpeningMarksRead() {
        NoticeDetail toCell = send(SECRETARY, CB01);
        NoticeDetail toTp = send(TP_COMMITTEE, TP);
        NoticeDetail toSh = send(SH_COMMITTEE, SH);
        Page<NoticeItem> inbox = inbox(as(MEMBER_A), null, null);
        assertEquals(List.of(toTp.id(), toCell.id()), inbox.items().stream().map(NoticeItem::id).toList());
        assertNull(inbox.next());

        NoticeDetail opened = api.open(as(MEMBER_A), toCell.id());
        assertTrue(opened.read());
        assertFalse(opened.acknowledged());
        assertEquals("Kính gửi các đồng chí đảng viên.", opened.body());
        inbox = inbox(as(MEMBER_A), "1", null);
        assertEquals(List.of(toTp.id()), inbox.items().stream().map(NoticeItem::id).toList());
        assertEquals("o1", inbox.next());
        NoticeItem second = inbox(as(MEMBER_A), "1", "o1").items().get(0);
        assertEquals(toCell.id(), second.id());
        assertTrue(second.read());

        NoticeDetail acked = api.acknowledge(as(MEMBER_A), toTp.id());
        assertTrue(acked.read() && acked.acknowledged());
        assertTrue(api.acknowledge(as(MEMBER_A), toTp.id()).acknowledged());

        assertEquals(404, status(() -> api.open(as(MEMBER_B), toCell.id())));
        assertEquals(404, status(() -> api.acknowledge(as(MEMBER_B), toCell.id())));
        assertEquals(404, status(() -> api.open(as(MEMBER_A), toSh.id())));
        assertEquals(404, status(() -> api.open(as(MEMBER_A), 999_999)));
        assertEquals(400, status(() -> inbox(as(MEMBER_A), "abc", null)));
        assertEquals(400, status(() -> inbox(as(MEMBER_A), "101", null)));
        assertEquals(400, status(() -> inbox(as(MEMBER_A), null, "x")));
        assertEquals(List.of(), inbox(as(ADMIN), null, null).items());
    }

    @Test
    void staffOpenWithoutReceiptsAndOnlyRecipientsAcknowledge() {
        NoticeDetail toPbt = send(TP_COMMITTEE, PBT);
        NoticeDetail seen = api.open(as(TP_COMMITTEE), toPbt.id());
        assertFalse(seen.read());
        assertEquals(403, status(() -> api.acknowledge(as(TP_COMMITTEE), toPbt.id())), "reads it, is not its audience");
        assertEquals(404, status(() -> api.open(as(SH_COMMITTEE), toPbt.id())));
        assertEquals(0, store.receiptsByCell(toPbt.id()).size());
    }

    @Test
    void expiredNoticesVanishForMembersButNotForSendersAndStaff() {
        Instant past = Instant.now().minusSeconds(60);
        Notice old = store.insert("Cũ", "Hết hạn", CB01, SECRETARY.accountId(), "Bí thư", past.minusSeconds(60), past);
        assertEquals(List.of(), inbox(as(MEMBER_A), null, null).items());
        assertEquals(404, status(() -> api.open(as(MEMBER_A), old.id())));
        assertEquals(404, status(() -> api.acknowledge(as(MEMBER_A), old.id())));
        assertEquals(old.id(), api.open(as(SECRETARY), old.id()).id());
        assertEquals(old.id(), api.open(as(TP_COMMITTEE), old.id()).id());
        assertEquals(old.id(), api.open(as(ADMIN), old.id()).id());
    }

    @Test
    void sentListsWhatTheCallerManagesNewestFirst() {
        NoticeDetail toCell = send(SECRETARY, CB01);
        NoticeDetail toTp = send(TP_COMMITTEE, TP);
        NoticeDetail toSh = send(SH_COMMITTEE, SH);
        NoticeDetail toRoot = send(ADMIN, TU);
        assertEquals(List.of(toRoot.id(), toSh.id(), toTp.id(), toCell.id()), ids(api.sent(as(ADMIN), null, null)));
        assertEquals(List.of(toTp.id(), toCell.id()), ids(api.sent(as(TP_COMMITTEE), null, null)));
        assertEquals(List.of(toSh.id()), ids(api.sent(as(SH_COMMITTEE), null, null)));
        assertEquals(List.of(toCell.id()), ids(api.sent(as(SECRETARY), null, null)));
        assertEquals(List.of(), ids(api.sent(as(MEMBER_A), null, null)));
        Page<NoticeItem> first = api.sent(as(ADMIN), "3", null);
        assertEquals("o3", first.next());
        assertEquals(List.of(toCell.id()), ids(api.sent(as(ADMIN), "3", first.next())));
    }

    @Test
    void statsForSenderAndStaffOnly() {
        NoticeDetail toTp = send(TP_COMMITTEE, TP);
        api.open(as(MEMBER_A), toTp.id());
        api.acknowledge(as(SECRETARY), toTp.id());
        api.open(as(TP_COMMITTEE), toTp.id());
        NoticeStats s = api.stats(as(TP_COMMITTEE), toTp.id());
        assertEquals(new NoticeStats(toTp.id(), 5, 3, 1, 0.6, 0.2, List.of(
                new NoticeStats.Child(CBVP, "Chi bộ Văn phòng", 2, 1, 0, 0.5, 0.0),
                new NoticeStats.Child(PBT, "Đảng ủy phường Bình Thạnh", 3, 2, 1, 0.6667, 0.3333))), s);
        assertEquals(s, api.stats(as(ADMIN), toTp.id()));
        assertEquals(403, status(() -> api.stats(as(SECRETARY), toTp.id())), "reads the notice, not its rates");
        assertEquals(403, status(() -> api.stats(as(MEMBER_A), toTp.id())));
        assertEquals(404, status(() -> api.stats(as(SH_COMMITTEE), toTp.id())), "another district: invisible");
        NoticeDetail toCell = send(SECRETARY, CB01);
        assertEquals(3, api.stats(as(SECRETARY), toCell.id()).recipients());
    }

    private static List<Long> ids(Page<NoticeItem> p) {
        return p.items().stream().map(NoticeItem::id).toList();
    }

    /** The inbox page the resource answers (it sets Expires on the Response, see NoticesResource#inbox). */
    @SuppressWarnings("unchecked")
    private Page<NoticeItem> inbox(javax.ws.rs.core.SecurityContext sc, String limit, String cursor) {
        return (Page<NoticeItem>) api.inbox(sc, limit, cursor).getEntity();
    }
}
