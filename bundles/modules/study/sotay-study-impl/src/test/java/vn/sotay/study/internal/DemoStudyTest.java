package vn.sotay.study.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.lang.reflect.Proxy;

import org.junit.jupiter.api.Test;

import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Trees;

/** The demo data loads on Derby: the bank imports through the real import, the closed contest has results. */
class DemoStudyTest {
    @Test
    void theDemoBankProgrammeAndContestsLoad() {
        StudyStore store = new StudyStore(new DerbyUnit("study-demo", StudyStore.spec()));
        try {
            List<Member> all = new ArrayList<>();
            for (long i = 1; i <= 12; i++) {
                all.add(new Member(i, "Đảng viên " + i, null, null, "9" + i, "09" + i, null, Trees.CB01,
                        i == 5 ? MemberStatus.EXEMPT : MemberStatus.OFFICIAL, null, null));
            }
            MemberService fake = (MemberService) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {MemberService.class}, (proxy, method, args) -> {
                        if (method.getName().equals("invitedIn")) {
                            return all;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            Instant now = Instant.now();
            new DemoStudy(store, fake).load(Trees.TREE, now, 1, 2);
            long bank = store.banks.owners().size() == 1 ? store.banks.ownedBy(null, 0, 1).get(0).id() : -1;
            assertTrue(store.banks.count(bank) >= 60);
            var contests = store.contests.of(null, 0, 10);
            assertEquals(2, contests.size());
            var closed = contests.stream().filter(c -> c.closed(now)).findFirst().orElseThrow();
            var scored = store.attempts.scored(closed.id());
            assertEquals(8, scored.size(), "12 members, every fourth and the exempt one left out");
            assertTrue(scored.stream().allMatch(a -> a.score() != null && a.score() > 0 && a.score() <= 20));
            var p = store.programmes.of(List.of(Trees.TU), 0, 5).get(0);
            assertEquals(3, store.programmes.lessons(p.id(), true).size());
        } finally {
            store.close();
        }
    }
}
