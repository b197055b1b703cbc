package vn.sotay.study.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.CB01;
import static vn.sotay.testing.Trees.TP;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.api.pdf.PdfDocument;
import vn.sotay.study.internal.Requests.ContestRequest;
import vn.sotay.study.internal.Rows.Attempt;
import vn.sotay.study.internal.Rows.Contest;
import vn.sotay.study.internal.Rows.Kind;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;

/** The certificate: the best attempt, the pass mark, publication, the member alone, the text of the document. */
class CertificatesTest {
    private static final Instant T = Instant.parse("2026-12-03T03:00:00Z");
    private static StudyStore store;
    private static ContestsResource contests;
    private static final Caller MEMBER = Fakes.caller(21, 21L, CB01);
    private static PdfDocument printed;

    static Contest contest(Kind kind, Instant closes) {
        return new Contest(7, TP, null, kind, "Tìm hiểu Điều lệ Đảng", 1, null, null, 10, 30, 3, 80, T.minusSeconds(7200),
                closes, 1, T.minusSeconds(9000));
    }

    static Attempt attempt(long id, Integer score, Instant submitted) {
        return new Attempt(id, 7, 21, CB01, (int) id, 1, T.minusSeconds(3600), T.minusSeconds(1800), submitted, score, 10);
    }

    @Test
    void theBestAttemptDecidesAndTheMarkIsInclusive() {
        Contest k = contest(Kind.CONTEST, T.minusSeconds(60));
        Attempt best = Certificates.passing(k, List.of(attempt(1, 6, T.minusSeconds(3000)), attempt(2, 8, T.minusSeconds(2000)),
                attempt(3, 8, T.minusSeconds(1900))), T);
        assertEquals(2, best.id(), "8/10 is the mark; the earlier of equal scores");
        ProblemException low = assertThrows(ProblemException.class,
                () -> Certificates.passing(k, List.of(attempt(1, 7, T.minusSeconds(3000))), T));
        assertEquals(403, low.status());
        assertTrue(low.getMessage().contains("7/10 câu (70%)") && low.getMessage().contains("80%"), low.getMessage());
        assertEquals(404, assertThrows(ProblemException.class, () -> Certificates.passing(k, List.of(), T)).status());
    }

    @Test
    void aContestPublishesAtItsCloseAQuizAfterTheAttempt() {
        Contest open = contest(Kind.CONTEST, T.plusSeconds(60));
        assertEquals(409, assertThrows(ProblemException.class,
                () -> Certificates.passing(open, List.of(attempt(1, 10, T.minusSeconds(3000))), T)).status());
        Contest quiz = contest(Kind.QUIZ, T.plusSeconds(60));
        assertEquals(1, Certificates.passing(quiz, List.of(attempt(1, 10, T.minusSeconds(3000))), T).id());
    }

    @Test
    void theDocumentSaysWhoWhatScoreAndWhenInVietnamese() {
        Contest k = contest(Kind.CONTEST, T.minusSeconds(60));
        Attempt a = new Attempt(5, 7, 21, CB01, 1, 1, T.minusSeconds(3600), T, T.minusSeconds(20 * 3600), 13, 15);
        PdfDocument doc = Certificates.document(k, a, "Nguyễn Thị Hồng Đào", "Chi bộ Khu phố 1", "Thành ủy Thành phố");
        assertTrue(doc.lines().stream().allMatch(l -> l.size() >= 6 && l.size() <= 48), "sizes the PdfService takes");
        String text = doc.lines().stream().map(PdfDocument.Line::text).collect(Collectors.joining("\n"));
        assertTrue(text.contains("GIẤY CHỨNG NHẬN"), text);
        assertTrue(text.contains("THÀNH ỦY THÀNH PHỐ"), text);
        assertTrue(text.contains("Nguyễn Thị Hồng Đào"), text);
        assertTrue(text.contains("Đảng viên Chi bộ Khu phố 1"), text);
        assertTrue(text.contains("«Tìm hiểu Điều lệ Đảng»"), text);
        assertTrue(text.contains("13/15 câu trả lời đúng (86,7%)"), text);
        assertTrue(text.contains("Ngày 02 tháng 12 năm 2026"), "the submission's day in Việt Nam: " + text);
    }

    @BeforeAll
    static void open() {
        store = new StudyStore(new DerbyUnit("studycert", StudyStore.spec()));
        MemberService members = new MemberService() {
            @Override public Optional<Member> get(long id) {
                return Optional.of(new Member(id, "Lê Văn Bình", null, null, "1", "0900000021", null, CB01,
                        MemberStatus.OFFICIAL, null, null));
            }
            @Override public Page<Member> list(Caller c, long orgId, String q, String cursor, int limit) { throw new UnsupportedOperationException(); }
            @Override public Map<Long, Long> countedByCell() { return Map.of(); }
            @Override public List<Long> countedIn(List<Long> cellIds) { throw new UnsupportedOperationException(); }
            @Override public List<Member> invitedIn(java.util.Collection<Long> cellIds) { throw new UnsupportedOperationException(); }
            @Override public Map<Long, Member> getAll(java.util.Collection<Long> ids) { throw new UnsupportedOperationException(); }
        };
        StudyDesk desk = new StudyDesk(store, new Fakes.Orgs(), new Fakes.Auth(), members);
        contests = new ContestsResource(desk, new Fakes.Audit());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void overRestOnlyTheMemberGetsItAndWithoutTheWriterItIsA503() throws Exception {
        long bank = store.banks.insert(TP, "Ngân hàng", Instant.now()).id();
        new BanksResource(new StudyDesk(store, new Fakes.Orgs(), new Fakes.Auth(), new Fakes.Members(Map.of())),
                new Fakes.Audit()).importQuestions(Fakes.as(Fakes.caller(1, 1L, CB01,
                        new vn.sotay.api.RoleGrant(vn.sotay.api.Role.COMMITTEE, TP))), bank,
                StudyEngineTest.csv(StudyEngineTest.rows(4)));
        Instant now = Instant.now();
        var d = ContestRules.draft(new ContestRequest(TP, null, "QUIZ", "Ôn tập", bank, null, null, 1, 10, 1, 0,
                null, now.plusSeconds(600)), vn.sotay.testing.Trees.TREE, now);
        long id = store.contests.insert(d, ContestRules.draw(store.banks.candidates(bank, null, null), 1),
                Fakes.caller(1, 1L, CB01), now).id();
        var sc = Fakes.as(MEMBER);
        assertEquals(404, assertThrows(ProblemException.class, () -> contests.certificate(MEMBER, id, Instant.now())).status());
        long attempt = contests.begin(MEMBER, id, Instant.now()).view().id();
        new AttemptsResource(contests.desk(), new Fakes.Audit()).submit(sc, attempt);
        assertEquals(503, assertThrows(ProblemException.class, () -> contests.certificate(MEMBER, id, Instant.now())).status());
        contests.pdf = doc -> {
            printed = doc;
            return new byte[] {'%', 'P', 'D', 'F'};
        };
        assertEquals('%', contests.certificate(MEMBER, id, Instant.now())[0]);
        assertTrue(printed.lines().stream().anyMatch(l -> l.text().equals("Lê Văn Bình")));
        assertTrue(printed.lines().stream().anyMatch(l -> l.text().contains("0/1 câu trả lời đúng (0%), đạt mức 0%")));
        assertEquals(404, assertThrows(ProblemException.class, () -> contests.certificate(Fakes.caller(22, 22L, CB01), id, Instant.now())).status(),
                "another member has no attempt: nothing of the first member's leaks");
    }
}
