package vn.sotay.qa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;
import vn.sotay.testing.Trees;

/** The statistics contributions, on Derby: one grouped query each, rolled up with the tree. */
class MetricsTest {
    DerbyUnit unit;
    QaStore store;

    @BeforeEach
    void setUp() {
        unit = new DerbyUnit("metrics-" + System.nanoTime(), QaStore.spec());
        store = new QaStore(unit, new Fakes.Changes());
    }

    @AfterEach
    void tearDown() {
        unit.close();
    }

    @Test
    void askedAnsweredOverdueMedianAndAssistantUse() {
        Instant t = Instant.parse("2026-11-02T02:00:00Z");
        var a = store.ask(100, "A", Trees.CB01, Trees.PBT, "/1/2/4/", null, "Câu hỏi một để thống kê?", false, t, t.plusSeconds(60));
        var b = store.ask(101, "B", Trees.XSL_CB01, Trees.XSL, "/1/3/7/", null, "Câu hỏi hai để thống kê?", false, t,
                t.plusSeconds(60));
        store.ask(102, "C", Trees.CB01, Trees.PBT, "/1/2/4/", null, "Câu hỏi ba vẫn chờ trả lời?", false, t, t.plusSeconds(60));
        store.answer(a.id(), a.orgId(), "Trả lời.", List.of(), "X", t.plus(Duration.ofHours(10)));
        store.answer(b.id(), b.orgId(), "Trả lời.", List.of(), "Y", t.plus(Duration.ofHours(30)));
        store.assistantUsed(Trees.CB01, true, t);
        store.assistantUsed(Trees.CB01, false, t);
        Instant from = t.minus(Duration.ofDays(1));
        Instant to = t.plus(Duration.ofDays(5));
        Fakes.Orgs orgs = new Fakes.Orgs();
        assertEquals(3, new AskedMetric(store, orgs).compute(Trees.TU, from, to).total());
        var answered = new AnsweredMetric(store, orgs).compute(Trees.TU, from, to);
        assertEquals(2, answered.total());
        assertEquals(Map.of(Trees.TP, 1L, Trees.SH, 1L, Trees.DUK, 0L), answered.byChild());
        assertEquals(1, new OverdueMetric(store, orgs).compute(Trees.TP, from, to).total());
        var median = new AnswerTimeMetric(store, orgs).compute(Trees.TU, from, to);
        assertEquals(20, median.total(), "median of 10 h and 30 h");
        assertEquals(10, median.byChild().get(Trees.TP));
        assertEquals(2, new AssistantUseMetric(store, orgs).compute(Trees.TP, from, to).total());
        assertEquals(1, new AssistantDeclineMetric(store, orgs).compute(Trees.TP, from, to).total());
        assertEquals(0, new AssistantDeclineMetric(store, orgs).compute(Trees.SH, from, to).total());
    }
}
