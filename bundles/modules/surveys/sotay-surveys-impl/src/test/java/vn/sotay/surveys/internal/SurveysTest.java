package vn.sotay.surveys.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.CB01;
import static vn.sotay.testing.Trees.CBVP;
import static vn.sotay.testing.Trees.PBT;
import static vn.sotay.testing.Trees.TP;
import static vn.sotay.testing.Trees.TREE;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.surveys.internal.BallotBox.AnswerRow;
import vn.sotay.surveys.internal.Requests.SurveyAnswerRequest;
import vn.sotay.surveys.internal.Requests.SurveyQuestionRequest;
import vn.sotay.surveys.internal.Requests.SurveyRequest;
import vn.sotay.surveys.internal.Survey.QuestionKind;
import vn.sotay.testing.DerbyUnit;

/** The store, the roll/box scheme, validation, the tally with rates and the workbook, on EclipseLink and Derby. */
class SurveysTest {
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static SurveyStore store;
    private static BallotBox box;

    @BeforeAll
    static void open() {
        store = new SurveyStore(new DerbyUnit("surveys", SurveyStore.spec()));
        box = new BallotBox(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static SurveyRequest request(boolean anonymous) {
        return new SurveyRequest("  Lấy ý kiến ", null, TP, anonymous, true, NOW, NOW.plus(Duration.ofDays(3)), List.of(
                new SurveyQuestionRequest(QuestionKind.SINGLE, "Đánh giá?", true, List.of("Tốt", "Khá", "Kém"), null, null),
                new SurveyQuestionRequest(QuestionKind.MULTIPLE, "Chú trọng?", false, List.of("A", "B", "C"), 2, null),
                new SurveyQuestionRequest(QuestionKind.TEXT, "Ý kiến khác", false, null, null, 50)));
    }

    private static Survey published(boolean anonymous) {
        Survey s = store.insert(SurveyValidation.survey(request(anonymous), TREE, NOW.minusSeconds(60)),
                new Caller(1, 1L, "Cấp ủy", TP, List.of()), NOW);
        return store.publish(s.id());
    }

    private static List<AnswerRow> answers(Survey s, int single, String text) {
        return SurveyValidation.answers(s, List.of(new SurveyAnswerRequest(s.questions().get(0).id(), List.of(single), null),
                new SurveyAnswerRequest(s.questions().get(2).id(), null, text)));
    }

    @Test
    void validationNormalisesAndBoundsEveryField() {
        SurveyDraft d = SurveyValidation.survey(request(false), TREE, NOW.minusSeconds(1));
        assertEquals("Lấy ý kiến", d.title());
        assertEquals(3, d.questions().size());
        var tooMany = new SurveyRequest("T", null, TP, false, false, NOW, NOW.plusSeconds(60),
                java.util.Collections.nCopies(51, new SurveyQuestionRequest(QuestionKind.TEXT, "Q", false, null, null, null)));
        assertThrows(ProblemException.class, () -> SurveyValidation.survey(tooMany, TREE, NOW.minusSeconds(1)));
        var badOptions = new SurveyRequest("T", null, TP, false, false, NOW, NOW.plusSeconds(60),
                List.of(new SurveyQuestionRequest(QuestionKind.SINGLE, "Q", false, List.of("chỉ một"), null, null)));
        assertThrows(ProblemException.class, () -> SurveyValidation.survey(badOptions, TREE, NOW.minusSeconds(1)));
        var closesBeforeOpening = new SurveyRequest("T", null, TP, false, false, NOW, NOW.minusSeconds(1), List.of());
        ProblemException e = assertThrows(ProblemException.class,
                () -> SurveyValidation.survey(closesBeforeOpening, TREE, NOW.minusSeconds(10)));
        assertEquals(400, e.status());
        assertTrue(e.errors().size() >= 2, "closeAt and questions named: " + e.errors());
    }

    @Test
    void answersAreCheckedAgainstTheQuestions() {
        Survey s = published(false);
        long single = s.questions().get(0).id();
        long multi = s.questions().get(1).id();
        assertThrows(ProblemException.class, () -> SurveyValidation.answers(s, List.of()), "required question");
        assertThrows(ProblemException.class, () -> SurveyValidation.answers(s,
                List.of(new SurveyAnswerRequest(single, List.of(0, 1), null))), "one option only");
        assertThrows(ProblemException.class, () -> SurveyValidation.answers(s, List.of(new SurveyAnswerRequest(single, List.of(0), null),
                new SurveyAnswerRequest(multi, List.of(0, 1, 2), null))), "at most 2");
        assertThrows(ProblemException.class, () -> SurveyValidation.answers(s, List.of(new SurveyAnswerRequest(single, List.of(3), null))));
        assertThrows(ProblemException.class, () -> answers(s, 0, "x".repeat(51)), "text longer than its question allows");
        assertEquals(2, answers(s, 1, "ý kiến").size());
    }

    @Test
    void aNamedResponseIsLinkedToItsMemberAndChangedInPlace() {
        Survey s = published(false);
        assertFalse(box.respond(s, 10, answers(s, 0, "Một"), null).changed());
        assertTrue(box.respond(s, 10, answers(s, 2, "Hai"), null).changed());
        assertEquals(List.of(10L), box.roll(s.id()));
        List<AnswerRow> mine = box.mine(s.id(), 10);
        assertEquals(2, mine.size());
        assertEquals(List.of(2), mine.stream().filter(a -> a.option() >= 0).map(AnswerRow::option).toList());
        assertEquals(List.of("Hai"), mine.stream().filter(a -> a.option() < 0).map(AnswerRow::text).toList());
        assertEquals(Map.of(mine.get(0).ballot(), 10L), box.namedBallots(s.id()));
    }

    @Test
    void anAnonymousResponseGivesAReceiptOnceAndIsChangedOnlyWithIt() {
        Survey s = published(true);
        BallotBox.Outcome first = box.respond(s, 11, answers(s, 0, "Bí mật"), null);
        assertNotNull(first.receipt());
        ProblemException twice = assertThrows(ProblemException.class, () -> box.respond(s, 11, answers(s, 1, null), null));
        assertEquals(409, twice.status());
        assertThrows(ProblemException.class, () -> box.respond(s, 11, answers(s, 1, null), "A".repeat(22)));
        BallotBox.Outcome change = box.respond(s, 11, answers(s, 1, "Đổi ý"), first.receipt());
        assertTrue(change.changed());
        assertNull(change.receipt());
        assertTrue(box.mine(s.id(), 11).isEmpty(), "no link from member to answers");
        assertTrue(box.namedBallots(s.id()).isEmpty());
        List<AnswerRow> all = box.answers(s.id());
        assertEquals(1, all.stream().filter(a -> a.option() == 1).count());
        assertEquals(0, all.stream().filter(a -> a.option() == 0).count());
    }

    @Test
    void concurrentFirstResponsesOfOneMemberStoreOne() throws Exception {
        Survey s = published(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Integer> call = () -> {
                try {
                    box.respond(s, 12, answers(s, 0, null), null);
                    return 200;
                } catch (ProblemException e) {
                    return e.status();
                }
            };
            List<Future<Integer>> results = pool.invokeAll(List.of(call, call, call, call));
            long ok = 0;
            for (Future<Integer> f : results) {
                int status = f.get();
                assertTrue(status == 200 || status == 409, "status " + status);
                ok += status == 200 ? 1 : 0;
            }
            assertEquals(1, ok);
            assertEquals(1, box.roll(s.id()).size());
            assertEquals(1, box.answers(s.id()).size());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void ratesLeaveExemptMembersOutAndRollUpPerChild() {
        Survey s = published(false);
        box.respond(s, 20, answers(s, 0, "Ý kiến của A"), null);
        box.respond(s, 22, answers(s, 1, null), null);
        List<Member> invited = List.of(member(20, CB01, MemberStatus.OFFICIAL), member(21, CB01, MemberStatus.PROBATIONARY),
                member(22, CB01, MemberStatus.EXEMPT), member(23, CBVP, MemberStatus.OFFICIAL));
        SurveyResults r = Tally.results(s, TREE, NOW.plusSeconds(10), invited, box.roll(s.id()), box.answers(s.id()),
                box.namedBallots(s.id()), Map.of(20L, "Nguyễn Văn A"), 100);
        assertEquals(2, r.responses());
        assertEquals(3, r.counted(), "the exempt member is not in the denominator");
        assertEquals(1, r.respondedCounted());
        assertEquals(0.3333, r.rate());
        SurveyResults.SurveyChildRate pbt = r.children().stream().filter(c -> c.orgId() == PBT).findFirst().orElseThrow();
        assertEquals(2, pbt.counted());
        assertEquals(0.5, pbt.rate());
        assertEquals(List.of(1L, 1L, 0L), r.questions().get(0).options().stream().map(SurveyResults.SurveyOptionCount::count).toList());
        assertEquals("Nguyễn Văn A", r.questions().get(2).answers().get(0).memberName());
    }

    @Test
    void theWorkbookKeepsVietnameseText() throws Exception {
        Survey s = published(true);
        box.respond(s, 30, answers(s, 0, "Đề nghị tăng cường sinh hoạt chuyên đề"), null);
        SurveyResults r = Tally.results(s, TREE, NOW.plusSeconds(10), List.of(member(30, CB01, MemberStatus.OFFICIAL)),
                box.roll(s.id()), box.answers(s.id()), Map.of(), Map.of(), 100);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ResultsWorkbook.write(r)))) {
            assertEquals("Tỉ lệ trả lời", wb.getSheetAt(0).getSheetName());
            assertEquals("Lấy ý kiến", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals("Đề nghị tăng cường sinh hoạt chuyên đề", wb.getSheet("Ý kiến").getRow(1).getCell(1).getStringCellValue());
            assertEquals("", wb.getSheet("Ý kiến").getRow(1).getCell(2).getStringCellValue(), "anonymous: no name");
        }
    }

    @Test
    void flagsAreSetOnceAndOnlyDraftsChange() {
        Survey s = published(false);
        assertTrue(store.mark(s.id(), "reminded"));
        assertFalse(store.mark(s.id(), "reminded"), "never twice");
        assertTrue(store.remindedAt(s.id(), NOW, NOW.minusSeconds(3600)));
        assertFalse(store.remindedAt(s.id(), NOW.plusSeconds(60), NOW.minusSeconds(3540)));
        assertEquals(409, assertThrows(ProblemException.class,
                () -> store.update(s.id(), SurveyValidation.survey(request(false), TREE, NOW.minusSeconds(1)))).status());
        assertTrue(store.dueToRemind(NOW.plus(Duration.ofDays(2)).plusSeconds(1)).stream().noneMatch(id -> id == s.id()));
        assertEquals(409, assertThrows(ProblemException.class, () -> store.close(s.id(), NOW.plus(Duration.ofDays(4)))).status());
        assertEquals(Survey.SurveyStatus.CLOSED, store.close(s.id(), NOW.plusSeconds(5)).status(NOW.plusSeconds(6)));
    }

    @Test
    void listsWhatIsOpenForACellAndCountsPerOrganisation() {
        Survey s = published(false);
        assertTrue(store.openFor(List.of(1L, TP, PBT, CB01), NOW.plusSeconds(1), 100).stream().anyMatch(x -> x.id() == s.id()));
        assertTrue(store.openFor(List.of(1L, TP), NOW.minusSeconds(1), 100).stream().noneMatch(x -> x.id() == s.id()), "not yet open");
        assertTrue(store.closing(List.of(TP), NOW, NOW.plus(Duration.ofDays(4)), 100).stream().anyMatch(x -> x.id() == s.id()));
        assertTrue(store.dueToTell(NOW.plusSeconds(1)).contains(s.id()));
        assertTrue(store.sentByOrg(NOW, NOW.plusSeconds(1)).get(TP) >= 1);
        assertTrue(store.managed(List.of(TP), List.of(s.id()), 0, 100).stream().noneMatch(x -> x.id() == s.id()));
        assertTrue(store.managed(null, List.of(), 0, 100).stream().anyMatch(x -> x.id() == s.id()));
    }

    private static Member member(long id, long cell, MemberStatus status) {
        return new Member(id, "Đảng viên " + id, null, null, "C" + id, "09" + id, null, cell, status, null, null);
    }
}
