package vn.sotay.news.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.*;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.sotay.api.review.ReviewStatus;
import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.testing.Fakes;

/** The visibility rules over the demo tree's shape. */
class AccessTest {
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final Fakes.Auth AUTH = new Fakes.Auth();
    private static final Caller MEMBER_A = Fakes.caller(7, 7L, CB01);
    private static final Caller MEMBER_B = Fakes.caller(8, 8L, XSL_CB01);
    private static final Caller EDITOR_TU = Fakes.caller(5, 5L, CBVP, new RoleGrant(Role.EDITOR, TU));
    private static final Caller REVIEWER_SH = Fakes.caller(9, 9L, XSL_CB01, new RoleGrant(Role.REVIEWER, SH));
    private static final Caller COMMITTEE_TP = Fakes.caller(2, 2L, CBVP, new RoleGrant(Role.COMMITTEE, TP));

    static Article article(long audience, ReviewStatus status, Instant publishAt, Instant expiresAt) {
        return new Article(1, "T", "S", "<p>B</p>", 5, "Biên tập", null, null, "province", List.of(), false, 0,
                audience, status, publishAt, expiresAt, 0, 1, null, NOW, NOW, false);
    }

    @Test
    void publishedMeansApprovedBetweenPublishAndExpiry() {
        assertTrue(article(TP, ReviewStatus.APPROVED, NOW, null).published(NOW));
        assertFalse(article(TP, ReviewStatus.APPROVED, NOW.plusSeconds(1), null).published(NOW), "scheduled");
        assertFalse(article(TP, ReviewStatus.APPROVED, NOW.minusSeconds(10), NOW).published(NOW), "expired");
        assertFalse(article(TP, ReviewStatus.APPROVED, null, null).published(NOW));
        for (ReviewStatus s : List.of(ReviewStatus.DRAFT, ReviewStatus.SUBMITTED, ReviewStatus.RETURNED, ReviewStatus.ARCHIVED)) {
            assertFalse(article(TP, s, NOW.minusSeconds(10), null).published(NOW), s.name());
        }
    }

    @Test
    void membersReadPublishedArticlesAddressedToTheirBranchOnly() {
        Article toTp = article(TP, ReviewStatus.APPROVED, NOW.minusSeconds(60), null);
        assertTrue(Access.readable(AUTH, MEMBER_A, toTp, NOW));
        assertFalse(Access.readable(AUTH, MEMBER_B, toTp, NOW), "another district");
        assertTrue(Access.readable(AUTH, MEMBER_B, article(TU, ReviewStatus.APPROVED, NOW.minusSeconds(60), null), NOW));
        assertFalse(Access.readable(AUTH, MEMBER_A, article(TP, ReviewStatus.DRAFT, null, null), NOW), "draft");
        assertFalse(Access.readable(AUTH, MEMBER_A, article(TP, ReviewStatus.APPROVED, NOW.plusSeconds(60), null), NOW),
                "scheduled");
    }

    @Test
    void editorsAndReviewersOverTheAudienceSeeEveryStatus() {
        Article draftTp = article(TP, ReviewStatus.DRAFT, null, null);
        assertTrue(Access.manages(AUTH, EDITOR_TU, draftTp));
        assertTrue(Access.readable(AUTH, EDITOR_TU, draftTp, NOW));
        assertFalse(Access.manages(AUTH, REVIEWER_SH, draftTp), "outside the district");
        assertFalse(Access.readable(AUTH, REVIEWER_SH, draftTp, NOW));
        assertFalse(Access.manages(AUTH, COMMITTEE_TP, draftTp), "a committee is not an editor");
        assertFalse(Access.readable(AUTH, COMMITTEE_TP, article(XSL, ReviewStatus.APPROVED, NOW, null), NOW));
        assertTrue(Access.readable(AUTH, COMMITTEE_TP, article(PBT, ReviewStatus.APPROVED, NOW, null), NOW), "staff read their subtree");
    }

    @Test
    void feedAudiences() {
        assertEquals(List.of(TU, TP, PBT, CB01),
                Access.feedAudiences(AUTH.visibility(MEMBER_A), TREE, List.of(SH, XSL)));
        assertNull(Access.feedAudiences(AUTH.visibility(EDITOR_TU), TREE, List.of(SH)), "staff over the root: all");
        List<Long> b = List.copyOf(Access.feedAudiences(AUTH.visibility(REVIEWER_SH), TREE, List.of(TP, SH, XSL, XSL_CB01)));
        assertEquals(Set.of(TU, SH, XSL, XSL_CB01), Set.copyOf(b), "own path plus the subtree's audiences");
    }
}
