package vn.sotay.platform.core.internal.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.inbox.InboxItem;
import vn.sotay.api.inbox.InboxMessage;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;
import vn.sotay.testing.Trees;

/** The inbox on in-memory Derby: addressing, paging, read marks, the cached counter, authority. */
class InboxImplTest {
    private static final Caller SECRETARY_CB01 = Fakes.caller(10, 100L, Trees.CB01,
            new RoleGrant(Role.SECRETARY, Trees.CB01));
    private static final Caller COMMITTEE_TP = Fakes.caller(11, 101L, Trees.CBVP, new RoleGrant(Role.COMMITTEE, Trees.TP));
    private static final Caller MEMBER_CB01 = Fakes.caller(1, 1L, Trees.CB01);
    private static final Caller OTHER_CB01 = Fakes.caller(2, 2L, Trees.CB01);
    private static final Caller MEMBER_SH = Fakes.caller(3, 3L, Trees.XSL_CB01);
    private static final Caller ADMIN_SH = Fakes.caller(4, 4L, Trees.XSL_CB01, new RoleGrant(Role.ADMIN, Trees.SH));

    private InboxImpl inbox;
    private DerbyUnit unit;

    @BeforeEach
    void setUp() {
        unit = new DerbyUnit("inbox" + System.nanoTime(), InboxStore.spec());
        InboxStore store = new InboxStore(unit);
        inbox = new InboxImpl(store, new Fakes.Orgs(), new Fakes.Auth(), members(Map.of(1L, Trees.CB01, 2L, Trees.CB01,
                3L, Trees.XSL_CB01)));
    }

    @AfterEach
    void tearDown() {
        unit.close(); // EclipseLink keeps sessions by unit name: the next test's unit must be a new one
    }

    @Test
    void aSubtreeMessageReachesEveryoneBelowAndNobodyElse() {
        long id = inbox.tellSubtree(COMMITTEE_TP, "notices", Trees.TP, InboxMessage.of("Họp", "Ngày 5", new ContentRef("notice", "7")));
        assertEquals(List.of(id), ids(inbox.list(MEMBER_CB01, null, 20)));
        assertEquals(List.of(id), ids(inbox.list(OTHER_CB01, null, 20)));
        assertEquals(List.of(), ids(inbox.list(MEMBER_SH, null, 20)));
        assertEquals(List.of(), ids(inbox.list(ADMIN_SH, null, 20)), "staff elsewhere: not theirs");
        InboxItem i = inbox.list(MEMBER_CB01, null, 20).items().get(0);
        assertEquals("notices", i.module());
        assertEquals("Họp", i.title());
        assertFalse(i.content().available(), "no resolver here: unavailable, never an error");
        assertFalse(i.read());
    }

    @Test
    void namedMembersOnlyAndWithinTheSendersAuthority() {
        long id = inbox.tellMembers(SECRETARY_CB01, "meetings", List.of(1L), InboxMessage.of("Mời họp", null, null));
        assertEquals(List.of(id), ids(inbox.list(MEMBER_CB01, null, 20)));
        assertEquals(List.of(), ids(inbox.list(OTHER_CB01, null, 20)));
        ProblemException e = assertThrows(ProblemException.class, () -> inbox.tellMembers(SECRETARY_CB01, "meetings",
                List.of(1L, 3L), InboxMessage.of("Mời họp", null, null)));
        assertEquals(403, e.status(), "a member of another district is outside the secretary's authority");
        assertEquals(403, assertThrows(ProblemException.class, () -> inbox.tellSubtree(SECRETARY_CB01, "notices",
                Trees.TP, InboxMessage.of("x", null, null))).status(), "a subtree above the sender's");
        assertEquals(403, assertThrows(ProblemException.class, () -> inbox.tellSubtree(MEMBER_CB01, "notices",
                Trees.CB01, InboxMessage.of("x", null, null))).status(), "a member tells nobody");
        inbox.tellSubtree(Caller.SYSTEM, "platform", Trees.TU, InboxMessage.of("Hệ thống", null, null));
    }

    @Test
    void pagesNewestFirstWithAKeysetCursor() {
        for (int i = 0; i < 7; i++) {
            inbox.tellSubtree(COMMITTEE_TP, "notices", i % 2 == 0 ? Trees.TP : Trees.CB01, InboxMessage.of("Tin " + i, null, null));
        }
        inbox.tellSubtree(Caller.SYSTEM, "notices", Trees.SH, InboxMessage.of("Không phải của TP", null, null));
        Page<InboxItem> first = inbox.list(MEMBER_CB01, null, 3);
        assertEquals(List.of("Tin 6", "Tin 5", "Tin 4"), first.items().stream().map(InboxItem::title).toList());
        Page<InboxItem> second = inbox.list(MEMBER_CB01, first.next(), 3);
        assertEquals(List.of("Tin 3", "Tin 2", "Tin 1"), second.items().stream().map(InboxItem::title).toList());
        Page<InboxItem> last = inbox.list(MEMBER_CB01, second.next(), 3);
        assertEquals(List.of("Tin 0"), last.items().stream().map(InboxItem::title).toList());
        assertNull(last.next());
        assertEquals(400, assertThrows(ProblemException.class, () -> inbox.list(MEMBER_CB01, "o5", 3)).status());
        long after = first.items().get(2).id();
        assertEquals(List.of("Tin 5", "Tin 6"), inbox.after(MEMBER_CB01, after, 10).stream().map(InboxItem::title).toList());
    }

    @Test
    void theCountFollowsSendsReadsAndMarkAll() {
        long a = inbox.tellSubtree(COMMITTEE_TP, "notices", Trees.TP, InboxMessage.of("A", null, null));
        assertEquals(1, inbox.unread(MEMBER_CB01));
        long b = inbox.tellSubtree(COMMITTEE_TP, "notices", Trees.CB01, InboxMessage.of("B", null, null));
        inbox.tellSubtree(Caller.SYSTEM, "notices", Trees.SH, InboxMessage.of("SH", null, null));
        assertEquals(2, inbox.unread(MEMBER_CB01), "topped up with what was sent since");
        inbox.markRead(MEMBER_CB01, a);
        inbox.markRead(MEMBER_CB01, a);
        assertEquals(1, inbox.unread(MEMBER_CB01), "reading twice counts once");
        assertEquals(2, inbox.unread(OTHER_CB01), "another member's marks are their own");
        assertTrue(inbox.list(MEMBER_CB01, null, 20).items().stream().filter(i -> i.id() == a).findFirst().get().read());
        assertEquals(404, assertThrows(ProblemException.class, () -> inbox.markRead(MEMBER_SH, b)).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> inbox.markRead(ADMIN_SH, b)).status());
        inbox.markAllRead(MEMBER_CB01);
        assertEquals(0, inbox.unread(MEMBER_CB01));
        inbox.tellSubtree(COMMITTEE_TP, "notices", Trees.TP, InboxMessage.of("C", null, null));
        assertEquals(1, inbox.unread(MEMBER_CB01));
        assertTrue(inbox.list(MEMBER_CB01, null, 20).items().stream().filter(i -> i.id() == b).findFirst().get().read());
    }

    @Test
    void messagesAreBounded() {
        assertEquals(400, assertThrows(ProblemException.class, () -> InboxMessage.of(" ", null, null)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> new InboxMessage("x", null, null, "Mở", "https://evil.example/")).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> new InboxMessage("x", null, null, "Mở", "//evil.example/")).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> new InboxMessage("x", null, null, "Mở", "/\\evil.example/")).status(), "browsers read /\\ as //");
        assertEquals(400, assertThrows(ProblemException.class,
                () -> new InboxMessage("x", null, null, "Mở", "/cms/\n#x")).status());
        assertEquals("/cms/#/notices/read/7", new InboxMessage("x", null, null, "Mở", "/cms/#/notices/read/7").actionLink());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> new InboxMessage("x", "y".repeat(1001), null, null, null)).status());
    }

    private static List<Long> ids(Page<InboxItem> p) {
        return p.items().stream().map(InboxItem::id).toList();
    }

    /** Members by id with their cells; only {@code get} and {@code getAll} (one lookup for all recipients) are used. */
    private static MemberService members(Map<Long, Long> cells) {
        java.util.function.LongFunction<Member> member = id -> cells.get(id) == null ? null : new Member(id, "Đảng viên",
                LocalDate.of(1980, 1, 1), null, null, null, null, cells.get(id), MemberStatus.values()[0], null, null);
        return (MemberService) Proxy.newProxyInstance(MemberService.class.getClassLoader(), new Class<?>[] {MemberService.class},
                (p, m, args) -> {
                    if (m.getName().equals("get")) {
                        return Optional.ofNullable(member.apply((Long) args[0]));
                    }
                    if (m.getName().equals("getAll")) {
                        Map<Long, Member> out = new java.util.HashMap<>();
                        for (Object id : (java.util.Collection<?>) args[0]) {
                            Member found = member.apply((Long) id);
                            if (found != null) {
                                out.put((Long) id, found);
                            }
                        }
                        return out;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }
}
