package vn.sotay.surveys.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.CB01;
import static vn.sotay.testing.Trees.PBT;
import static vn.sotay.testing.Trees.TP;
import static vn.sotay.testing.Trees.TREE;
import static vn.sotay.testing.Trees.XSL_CB01;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.inbox.Inbox;
import vn.sotay.api.inbox.InboxItem;
import vn.sotay.api.inbox.InboxMessage;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.surveys.internal.Survey.QuestionKind;
import vn.sotay.surveys.internal.Survey.Question;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;

/** The desk's rules and its scheduled job: members told once when a survey opens, reminded once a day before it closes. */
class SurveyDeskTest {
    private static SurveyStore store;
    private static BallotBox box;
    private static final List<String> TOLD = new ArrayList<>();
    private static final Fakes.Scheduler SCHEDULER = new Fakes.Scheduler();
    private static SurveyDesk desk;

    @BeforeAll
    static void open() {
        store = new SurveyStore(new DerbyUnit("surveys-desk", SurveyStore.spec()));
        box = new BallotBox(store);
        desk = new SurveyDesk(store, box, new Fakes.Orgs(), new Fakes.Auth(), new Members(), SCHEDULER);
        desk.inbox = new RecordingInbox();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Survey survey(String title, long org, Instant open, Instant close) {
        Survey s = store.insert(new SurveyDraft(title, null, org, false, false, open, close,
                List.of(new Question(0, QuestionKind.SINGLE, "Đồng ý?", true, List.of("Có", "Không"), null, null))),
                Caller.SYSTEM, Instant.now());
        return store.publish(s.id());
    }

    @Test
    void theJobTellsTheOpeningOnceAndRemindsThoseWhoHaveNotAnsweredOnce() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Survey s = survey("Lấy ý kiến", TP, now.minusSeconds(60), now.plus(Duration.ofHours(12)));
        box.respond(s, 1, List.of(new BallotBox.AnswerRow(null, s.questions().get(0).id(), 0, null)), null);
        TOLD.clear();
        SCHEDULER.runAll();
        SCHEDULER.runAll();
        assertEquals(List.of("subtree " + TP + ": Thăm dò ý kiến: Lấy ý kiến",
                "members [2, 3]: Nhắc trả lời thăm dò ý kiến: Lấy ý kiến"),
                TOLD.stream().filter(t -> t.endsWith(": Lấy ý kiến")).toList(), "each once; member 1 answered, 4 moved away");
        assertTrue(store.find(s.id()).orElseThrow().reminded());
    }

    @Test
    void aSurveyClosingLaterIsNotRemindedYet() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Survey s = survey("Sau ba ngày", CB01, now.minusSeconds(60), now.plus(Duration.ofDays(3)));
        SCHEDULER.runAll();
        assertTrue(!store.find(s.id()).orElseThrow().reminded() && store.find(s.id()).orElseThrow().openTold());
    }

    @Test
    void whoSeesAndWhoManages() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Survey s = survey("Phường", PBT, now.minusSeconds(60), now.plus(Duration.ofDays(3)));
        Caller member = Fakes.caller(10, 10L, CB01);
        Caller other = Fakes.caller(11, 11L, XSL_CB01);
        Caller committee = Fakes.caller(12, 12L, XSL_CB01, new RoleGrant(Role.COMMITTEE, TP));
        assertEquals(s.id(), desk.visible(member, s.id(), TREE, now).id());
        assertEquals(404, assertThrows(ProblemException.class, () -> desk.visible(other, s.id(), TREE, now)).status());
        assertEquals(403, assertThrows(ProblemException.class, () -> desk.managed(member, s.id(), TREE, now)).status());
        assertEquals(s.id(), desk.managed(committee, s.id(), TREE, now).id());
        SurveyResolver resolver = new SurveyResolver(desk);
        assertEquals("Phường", resolver.resolve(member, List.of(String.valueOf(s.id()), "x")).get(String.valueOf(s.id())).title());
        assertTrue(resolver.resolve(other, List.of(String.valueOf(s.id()))).isEmpty(), "the reference resolves by the read rule");
        Survey later = survey("Ngày mai", PBT, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(3)));
        assertEquals(404, assertThrows(ProblemException.class, () -> desk.visible(member, later.id(), TREE, now)).status(),
                "not yet open: members do not know of it");
    }

    /** Members 1..3 in cell CB01 (3 exempt), 4 transferred. */
    static final class Members implements MemberService {
        @Override
        public List<Member> invitedIn(Collection<Long> cellIds) {
            List<Member> all = List.of(member(1, MemberStatus.OFFICIAL), member(2, MemberStatus.PROBATIONARY),
                    member(3, MemberStatus.EXEMPT), member(4, MemberStatus.TRANSFERRED));
            return all.stream().filter(m -> cellIds.contains(m.cellId())).toList();
        }

        private static Member member(long id, MemberStatus s) {
            return new Member(id, "Đảng viên " + id, null, null, "C" + id, "090" + id, null, CB01, s, null, null);
        }

        @Override public Optional<Member> get(long id) { return Optional.empty(); }
        @Override public Page<Member> list(Caller c, long orgId, String q, String cursor, int limit) { throw new UnsupportedOperationException(); }
        @Override public Map<Long, Long> countedByCell() { throw new UnsupportedOperationException(); }
        @Override public List<Long> countedIn(List<Long> cellIds) { throw new UnsupportedOperationException(); }
        @Override public Map<Long, Member> getAll(Collection<Long> ids) { return Map.of(); }
    }

    /** Records what was told to whom. */
    static final class RecordingInbox implements Inbox {
        @Override
        public long tellSubtree(Caller sender, String module, long orgId, InboxMessage message) {
            TOLD.add("subtree " + orgId + ": " + message.title());
            return 1;
        }

        @Override
        public long tellMembers(Caller sender, String module, Collection<Long> memberIds, InboxMessage message) {
            TOLD.add("members " + memberIds + ": " + message.title());
            return memberIds.size();
        }

        @Override public Page<InboxItem> list(Caller caller, String cursor, int limit) { throw new UnsupportedOperationException(); }
        @Override public List<InboxItem> after(Caller caller, long afterId, int max) { throw new UnsupportedOperationException(); }
        @Override public long unread(Caller caller) { return 0; }
        @Override public void markRead(Caller caller, long id) { }
        @Override public void markAllRead(Caller caller) { }
    }
}
