package vn.sotay.surveys.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.sotay.api.member.Eligibility;
import vn.sotay.api.member.Member;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.surveys.internal.BallotBox.AnswerRow;
import vn.sotay.surveys.internal.Survey.QuestionKind;
import vn.sotay.surveys.internal.Survey.Question;
import vn.sotay.surveys.internal.SurveyResults.SurveyChildRate;
import vn.sotay.surveys.internal.SurveyResults.SurveyOptionCount;
import vn.sotay.surveys.internal.SurveyResults.SurveyQuestionResult;
import vn.sotay.surveys.internal.SurveyResults.SurveyTextAnswer;

/** Counts a survey's answers and rolls its response rates up to the direct children; pure. */
final class Tally {
    private Tally() {
    }

    /**
     * @param invited   the members of the survey's subtree ({@code MemberService.invitedIn}); only those
     *                  {@link Eligibility#countsInRates counted in rates} make the denominators
     * @param roll      who answered
     * @param named     ballot → member of a named survey (empty when anonymous)
     * @param names     member id → name, for the named free-text answers
     * @param textLimit free-text answers listed per question at most
     */
    static SurveyResults results(Survey s, OrgTree tree, Instant now, List<Member> invited, List<Long> roll,
            List<AnswerRow> answers, Map<String, Long> named, Map<Long, String> names, int textLimit) {
        Set<Long> answered = new HashSet<>(roll);
        Map<Long, long[]> perChild = new LinkedHashMap<>();
        for (OrgNode child : tree.children(s.orgId())) {
            perChild.put(child.id(), new long[2]);
        }
        long[] total = new long[2];
        for (Member m : invited) {
            if (!Eligibility.countsInRates(m.status()) || !tree.isWithin(m.cellId(), s.orgId())) {
                continue;
            }
            int hit = answered.contains(m.id()) ? 1 : 0;
            total[0]++;
            total[1] += hit;
            Long child = tree.childTowards(s.orgId(), m.cellId());
            long[] f = child == null ? null : perChild.get(child);
            if (f != null) {
                f[0]++;
                f[1] += hit;
            }
        }
        List<SurveyChildRate> children = new ArrayList<>();
        perChild.forEach((id, f) -> children.add(new SurveyChildRate(id, tree.node(id).name(), f[0], f[1], rate(f[1], f[0]))));
        Map<Long, List<AnswerRow>> byQuestion = new HashMap<>();
        answers.forEach(a -> byQuestion.computeIfAbsent(a.questionId(), k -> new ArrayList<>()).add(a));
        List<SurveyQuestionResult> questions = new ArrayList<>();
        for (Question q : s.questions()) {
            List<AnswerRow> rows = byQuestion.getOrDefault(q.id(), List.of());
            long ballots = rows.stream().map(AnswerRow::ballot).distinct().count();
            List<SurveyOptionCount> options = new ArrayList<>();
            List<SurveyTextAnswer> texts = new ArrayList<>();
            if (q.kind() == QuestionKind.TEXT) {
                for (AnswerRow a : rows) {
                    if (texts.size() < textLimit && a.text() != null) {
                        Long member = s.anonymous() ? null : named.get(a.ballot());
                        texts.add(new SurveyTextAnswer(a.text(), member == null ? null : names.getOrDefault(member, "")));
                    }
                }
            } else {
                long[] counts = new long[q.options().size()];
                rows.forEach(a -> {
                    if (a.option() >= 0 && a.option() < counts.length) {
                        counts[a.option()]++;
                    }
                });
                for (int i = 0; i < counts.length; i++) {
                    options.add(new SurveyOptionCount(q.options().get(i), counts[i]));
                }
            }
            questions.add(new SurveyQuestionResult(q.id(), q.kind(), q.text(), options, texts, ballots));
        }
        return new SurveyResults(s.id(), s.title(), Views.orgName(tree, s.orgId()), s.status(now), s.anonymous(),
                roll.size(), total[0], total[1], rate(total[1], total[0]), children, questions);
    }

    /** {@code n / d} to 4 decimals, at most 1; 0 when {@code d} is 0. */
    static double rate(long n, long d) {
        return d <= 0 ? 0 : Math.min(1.0, BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 4, RoundingMode.HALF_UP).doubleValue());
    }

    /** Every node id of the subtree of {@code root} (root included). */
    static List<Long> subtree(OrgTree tree, long root) {
        List<Long> out = new ArrayList<>();
        List<Long> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            long id = todo.remove(todo.size() - 1);
            out.add(id);
            tree.children(id).forEach(c -> todo.add(c.id()));
        }
        return out;
    }
}
