package vn.sotay.surveys.internal;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.persistence.Sql;
import vn.sotay.surveys.internal.BallotBox.AnswerRow;
import vn.sotay.surveys.internal.Requests.SurveyAnswerRequest;
import vn.sotay.surveys.internal.Requests.SurveyQuestionRequest;
import vn.sotay.surveys.internal.Requests.SurveyRequest;
import vn.sotay.surveys.internal.Survey.QuestionKind;
import vn.sotay.surveys.internal.Survey.Question;

/** Checks and normalises (NFC, trimmed) surveys and responses; every bad field is named in one 400. */
final class SurveyValidation {
    static final int TITLE_MAX = 255, DESCRIPTION_MAX = 4000, QUESTIONS_MAX = 50, QUESTION_MAX = 1000;
    static final int OPTIONS_MAX = 20, OPTION_MAX = 200, TEXT_MAX = 4000, TEXT_DEFAULT = 2000;
    static final Duration LONGEST = Duration.ofDays(366);

    private SurveyValidation() {
    }

    static SurveyDraft survey(SurveyRequest r, OrgTree tree, Instant now) {
        if (r == null) {
            throw ProblemException.invalid("body", "Thiếu nội dung yêu cầu.");
        }
        List<ProblemError> errors = new ArrayList<>();
        String title = text(r.title(), "title", "Tiêu đề", TITLE_MAX, true, errors);
        String description = text(r.description(), "description", "Giới thiệu", DESCRIPTION_MAX, false, errors);
        if (r.orgId() == null || tree.node(r.orgId()) == null) {
            errors.add(ProblemError.field("orgId", "Chưa chọn tổ chức được hỏi, hoặc tổ chức không tồn tại."));
        }
        Instant open = r.openAt() == null ? null : r.openAt().truncatedTo(ChronoUnit.SECONDS);
        Instant close = r.closeAt() == null ? null : r.closeAt().truncatedTo(ChronoUnit.SECONDS);
        if (open == null || !Sql.storable(open)) {
            errors.add(ProblemError.field("openAt", "Giờ mở phải là thời điểm hợp lệ trước năm 3000."));
        }
        if (close == null || !Sql.storable(close)) {
            errors.add(ProblemError.field("closeAt", "Giờ kết thúc phải là thời điểm hợp lệ trước năm 3000."));
        } else if (!close.isAfter(now)) {
            errors.add(ProblemError.field("closeAt", "Giờ kết thúc phải sau thời điểm hiện tại."));
        } else if (open != null && (!close.isAfter(open) || Duration.between(open, close).compareTo(LONGEST) > 0)) {
            errors.add(ProblemError.field("closeAt", "Giờ kết thúc phải sau giờ mở, không quá 366 ngày."));
        }
        List<Question> questions = questions(r.questions(), errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new SurveyDraft(title, description.isEmpty() ? null : description, r.orgId(),
                Boolean.TRUE.equals(r.anonymous()), Boolean.TRUE.equals(r.resultsPublic()), open, close, questions);
    }

    private static List<Question> questions(List<SurveyQuestionRequest> qs, List<ProblemError> errors) {
        if (qs == null || qs.isEmpty() || qs.size() > QUESTIONS_MAX) {
            errors.add(ProblemError.field("questions", "Cuộc thăm dò cần từ 1 đến " + QUESTIONS_MAX + " câu hỏi."));
            return List.of();
        }
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            SurveyQuestionRequest q = qs.get(i);
            String f = "questions[" + i + "]";
            if (q == null || q.kind() == null) {
                errors.add(ProblemError.field(f + ".kind", "Câu hỏi " + (i + 1) + ": chưa chọn loại câu hỏi."));
                continue;
            }
            String text = text(q.text(), f + ".text", "Câu hỏi " + (i + 1), QUESTION_MAX, true, errors);
            List<String> options = new ArrayList<>();
            Integer maxChoices = null;
            Integer maxLength = null;
            if (q.kind() == QuestionKind.TEXT) {
                maxLength = q.maxLength() == null ? TEXT_DEFAULT : q.maxLength();
                if (maxLength < 1 || maxLength > TEXT_MAX) {
                    errors.add(ProblemError.field(f + ".maxLength", "Độ dài tối đa phải từ 1 đến " + TEXT_MAX + "."));
                }
            } else {
                if (q.options() == null || q.options().size() < 2 || q.options().size() > OPTIONS_MAX) {
                    errors.add(ProblemError.field(f + ".options", "Câu hỏi " + (i + 1) + " cần từ 2 đến " + OPTIONS_MAX
                            + " phương án."));
                } else {
                    for (int j = 0; j < q.options().size(); j++) {
                        options.add(text(q.options().get(j) == null ? null : q.options().get(j).replaceAll("[\\r\\n]+", " "),
                                f + ".options[" + j + "]", "Phương án " + (j + 1), OPTION_MAX, true, errors));
                    }
                    if (new HashSet<>(options).size() != options.size()) {
                        errors.add(ProblemError.field(f + ".options", "Các phương án của câu hỏi " + (i + 1) + " phải khác nhau."));
                    }
                }
                if (q.kind() == QuestionKind.MULTIPLE && q.maxChoices() != null) {
                    maxChoices = q.maxChoices();
                    if (maxChoices < 1 || maxChoices > Math.max(1, options.size())) {
                        errors.add(ProblemError.field(f + ".maxChoices", "Số lựa chọn tối đa phải từ 1 đến số phương án."));
                    }
                }
            }
            out.add(new Question(0, q.kind(), text, Boolean.TRUE.equals(q.required()), options, maxChoices, maxLength));
        }
        return out;
    }

    /** The answer rows of a response to {@code s}; a required question left out, an unknown question or option: 400. */
    static List<AnswerRow> answers(Survey s, List<SurveyAnswerRequest> answers) {
        List<ProblemError> errors = new ArrayList<>();
        if (answers == null || answers.size() > s.questions().size()) {
            throw ProblemException.invalid("answers", "Câu trả lời phải là danh sách, mỗi câu hỏi nhiều nhất một lần.");
        }
        Map<Long, Question> byId = s.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        Set<Long> seen = new HashSet<>();
        List<AnswerRow> rows = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            SurveyAnswerRequest a = answers.get(i);
            String f = "answers[" + i + "]";
            Question q = a == null || a.questionId() == null ? null : byId.get(a.questionId());
            if (q == null || !seen.add(q.id())) {
                errors.add(ProblemError.field(f + ".questionId", "Câu hỏi không thuộc cuộc thăm dò, hoặc được trả lời hai lần."));
                continue;
            }
            if (q.kind() == QuestionKind.TEXT) {
                String t = text(a.text(), f + ".text", "Câu trả lời", q.maxLength(), false, errors);
                if (!t.isEmpty()) {
                    rows.add(new AnswerRow(null, q.id(), -1, t));
                } else {
                    seen.remove(q.id());
                }
                continue;
            }
            List<Integer> chosen = a.options() == null ? List.of() : a.options();
            Set<Integer> distinct = new LinkedHashSet<>(chosen);
            if (chosen.size() > q.options().size() || distinct.size() != chosen.size()
                    || distinct.stream().anyMatch(o -> o == null || o < 0 || o >= q.options().size())) {
                errors.add(ProblemError.field(f + ".options", "Phương án chọn không hợp lệ."));
                continue;
            }
            int max = q.kind() == QuestionKind.SINGLE ? 1 : q.maxChoices() == null ? q.options().size() : q.maxChoices();
            if (distinct.size() > max) {
                errors.add(ProblemError.field(f + ".options", "Chỉ được chọn tối đa " + max + " phương án."));
                continue;
            }
            if (distinct.isEmpty()) {
                seen.remove(q.id());
            }
            distinct.forEach(o -> rows.add(new AnswerRow(null, q.id(), o, null)));
        }
        for (Question q : s.questions()) {
            if (q.required() && !seen.contains(q.id())) {
                errors.add(ProblemError.field("answers", "Chưa trả lời câu hỏi bắt buộc: " + shorten(q.text())));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return rows;
    }

    private static String text(String s, String field, String label, int max, boolean required, List<ProblemError> errors) {
        String t = s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        if (required && t.isEmpty()) {
            errors.add(ProblemError.field(field, label + " không được để trống."));
        } else if (t.length() > max) {
            errors.add(ProblemError.field(field, label + " không được dài quá " + max + " ký tự."));
            return "";
        }
        return t;
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }

    private static ProblemException invalid(List<ProblemError> errors) {
        String detail = errors.stream().limit(10).map(ProblemError::message).collect(Collectors.joining(" "));
        return ProblemException.invalid(detail, errors.size() > 100 ? errors.subList(0, 100) : errors);
    }
}
