package vn.sotay.study.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.content.ContentRef;
import vn.sotay.study.internal.Rows.QuestionDraft;

/**
 * Turns the rows of an uploaded bank (see {@link Sheets}) into questions, all or nothing: every row is
 * checked and, if one is wrong, a 400 lists every error with its line, column and a Vietnamese reason.
 * Columns, matched without case or diacritics, Vietnamese or English: {@code Chủ đề}, {@code Mức độ}
 * (1-3 or Dễ/Trung bình/Khó), {@code Loại} (Một đáp án/Nhiều đáp án), {@code Câu hỏi}, {@code Phương
 * án A} … {@code Phương án F}, {@code Đáp án} ({@code B} or {@code A, C}), {@code Giải thích},
 * {@code Văn bản}, {@code Điều}, {@code Tham chiếu} ({@code document:12}).
 */
final class QuestionImport {
    static final int MAX_TEXT = 2_000;
    static final int MAX_OPTION = 500;
    static final String LETTERS = "ABCDEF";
    private static final Map<String, String> COLUMNS = new HashMap<>();

    static {
        alias("topic", "chu de", "topic");
        alias("difficulty", "muc do", "do kho", "difficulty");
        alias("kind", "loai", "kind", "type");
        alias("text", "cau hoi", "noi dung", "question");
        alias("answer", "dap an", "dap an dung", "answer", "correct");
        alias("explanation", "giai thich", "explanation");
        alias("document", "van ban", "document", "source");
        alias("article", "dieu", "article");
        alias("ref", "tham chieu", "ref", "reference");
        for (char l : LETTERS.toCharArray()) {
            String x = String.valueOf(l).toLowerCase(Locale.ROOT);
            alias("option" + l, "phuong an " + x, "option " + x, x);
        }
    }

    private QuestionImport() {
    }

    private static void alias(String column, String... names) {
        for (String n : names) {
            COLUMNS.put(n, column);
        }
    }

    static List<QuestionDraft> parse(List<List<String>> rows) {
        if (rows.isEmpty()) {
            throw ProblemException.invalid("file", "Tệp rỗng.");
        }
        Map<String, Integer> at = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            String col = COLUMNS.get(fold(header.get(i)));
            if (col != null) {
                at.putIfAbsent(col, i);
            }
        }
        List<ProblemError> errors = new ArrayList<>();
        for (String required : List.of("topic", "text", "optionA", "optionB", "answer")) {
            if (!at.containsKey(required)) {
                errors.add(new ProblemError(1, label(required), "Thiếu cột \"" + label(required) + "\"."));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Tệp thiếu cột bắt buộc; không câu hỏi nào được nhập.", errors);
        }
        List<QuestionDraft> drafts = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            QuestionDraft d = row(r + 1, row, at, errors);
            if (d != null) {
                drafts.add(d);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.size() + " lỗi trong tệp; không câu hỏi nào được nhập.",
                    errors.subList(0, Math.min(errors.size(), 200)));
        }
        if (drafts.isEmpty()) {
            throw ProblemException.invalid("file", "Tệp không có câu hỏi nào.");
        }
        return drafts;
    }

    private static QuestionDraft row(int line, List<String> row, Map<String, Integer> at, List<ProblemError> errors) {
        int before = errors.size();
        String topic = cell(row, at, "topic");
        if (topic.isEmpty() || topic.length() > 100) {
            errors.add(new ProblemError(line, label("topic"), "Chủ đề không được để trống, tối đa 100 ký tự."));
        }
        int difficulty = difficulty(cell(row, at, "difficulty"));
        if (difficulty == 0) {
            errors.add(new ProblemError(line, label("difficulty"), "Mức độ phải là 1, 2, 3 hoặc Dễ, Trung bình, Khó."));
        }
        String text = cell(row, at, "text");
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            errors.add(new ProblemError(line, label("text"), "Câu hỏi không được để trống, tối đa " + MAX_TEXT + " ký tự."));
        }
        List<String> options = new ArrayList<>();
        boolean gap = false;
        for (char l : LETTERS.toCharArray()) {
            String o = cell(row, at, "option" + l).replaceAll("\\s+", " ");
            if (o.isEmpty()) {
                gap = true;
            } else if (gap) {
                errors.add(new ProblemError(line, label("option" + l), "Phương án " + l + " đứng sau một phương án để trống."));
            } else if (o.length() > MAX_OPTION) {
                errors.add(new ProblemError(line, label("option" + l), "Phương án " + l + " dài quá " + MAX_OPTION + " ký tự."));
            } else {
                options.add(o);
            }
        }
        if (options.size() < 2) {
            errors.add(new ProblemError(line, label("optionB"), "Cần ít nhất hai phương án (A và B)."));
        }
        Set<Integer> correct = new LinkedHashSet<>();
        String answer = cell(row, at, "answer").toUpperCase(Locale.ROOT);
        for (String part : answer.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int i = part.length() == 1 ? LETTERS.indexOf(part.charAt(0)) : -1;
            if (i < 0 || i >= options.size()) {
                errors.add(new ProblemError(line, label("answer"), "Đáp án \"" + clip(part) + "\" không phải một phương án có trong dòng."));
            } else {
                correct.add(i);
            }
        }
        if (correct.isEmpty() && answer.isBlank()) {
            errors.add(new ProblemError(line, label("answer"), "Thiếu đáp án đúng."));
        }
        boolean multiple = multiple(cell(row, at, "kind"), correct.size());
        if (!multiple && correct.size() > 1) {
            errors.add(new ProblemError(line, label("answer"), "Câu một đáp án chỉ có một đáp án đúng."));
        }
        String explanation = optional(line, row, at, "explanation", MAX_TEXT, errors);
        String document = optional(line, row, at, "document", 255, errors);
        String article = optional(line, row, at, "article", 100, errors);
        String ref = optional(line, row, at, "ref", 100, errors);
        if (ref != null) {
            try {
                ref = ContentRef.parse(ref).toString();
            } catch (RuntimeException e) {
                errors.add(new ProblemError(line, label("ref"), "Tham chiếu phải có dạng loại:mã, ví dụ document:12."));
            }
        }
        return errors.size() > before ? null
                : new QuestionDraft(topic, difficulty, multiple, text, options, correct, explanation, document, article, ref);
    }

    private static String optional(int line, List<String> row, Map<String, Integer> at, String col, int max,
            List<ProblemError> errors) {
        String v = cell(row, at, col);
        if (v.length() > max) {
            errors.add(new ProblemError(line, label(col), label(col) + " dài quá " + max + " ký tự."));
        }
        return v.isEmpty() ? null : v;
    }

    private static boolean multiple(String kind, int correct) {
        String k = fold(kind);
        if (k.isEmpty()) {
            return correct > 1;
        }
        return k.startsWith("nhieu") || k.startsWith("multi");
    }

    static int difficulty(String s) {
        return switch (fold(s)) {
            case "1", "de", "easy", "" -> 1;
            case "2", "trung binh", "medium" -> 2;
            case "3", "kho", "hard" -> 3;
            default -> 0;
        };
    }

    private static String cell(List<String> row, Map<String, Integer> at, String col) {
        Integer i = at.get(col);
        return i == null || i >= row.size() ? "" : row.get(i).strip();
    }

    private static String label(String col) {
        return switch (col) {
            case "topic" -> "Chủ đề";
            case "difficulty" -> "Mức độ";
            case "kind" -> "Loại";
            case "text" -> "Câu hỏi";
            case "answer" -> "Đáp án";
            case "explanation" -> "Giải thích";
            case "document" -> "Văn bản";
            case "article" -> "Điều";
            case "ref" -> "Tham chiếu";
            default -> "Phương án " + col.charAt(col.length() - 1);
        };
    }

    private static String clip(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    /** Lower case, without diacritics ({@code đ} as {@code d}), spaces collapsed. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ").strip();
    }
}
