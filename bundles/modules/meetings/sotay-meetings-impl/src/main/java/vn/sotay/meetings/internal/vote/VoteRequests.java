package vn.sotay.meetings.internal.vote;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.member.Eligibility.Matter;
import vn.sotay.api.rest.Description;

/** The votes' request bodies and their checks (bounds: docs/security.md, "Input bounds"). */
public final class VoteRequests {
    static final int QUESTION_MAX = 500, CANDIDATES_MAX = 30, NAME_MAX = 200, RECEIPT_MAX = 22;

    private VoteRequests() {
    }

    /** Body of {@code POST /api/meetings/{id}/votes}. */
    public record NewMeetingVote(
            @Description("Mục trong chương trình họp (id)") Long agendaItemId,
            @Description("Nội dung biểu quyết, tối đa 500 ký tự") String question,
            @Description("Việc biểu quyết (quyết định ai được biểu quyết và nguyên tắc thông qua); bỏ trống: ORDINARY") Matter matter,
            @Description("Bỏ phiếu kín") Boolean secret,
            @Description("Danh sách ứng cử khi bầu cử, tối đa 30 người, mỗi tên tối đa 200 ký tự; bỏ trống: tán thành / không tán thành") List<String> candidates,
            @Description("Số người được bầu, từ 1 đến số ứng cử viên") Integer seats) {
    }

    /** Body of {@code POST /api/meetings/{id}/votes/{voteId}/ballot}. */
    public record MeetingBallot(
            @Description("Tán thành / không tán thành / không biểu quyết (biểu quyết thường)") Vote.Choice choice,
            @Description("Người được chọn (bầu cử), tối đa bằng số người được bầu; rỗng: phiếu trắng") List<String> candidates,
            @Description("Biên nhận nhận được khi bỏ phiếu kín lần đầu, để đổi phiếu (22 ký tự)") String receipt) {
    }

    /** What a ballot's sender gets back. */
    public record MeetingBallotAck(long voteId,
            @Description("Đã thay phiếu bầu trước đó") boolean changed,
            @Description("Biên nhận phiếu kín: chỉ gửi một lần cho người bỏ phiếu, cần để đổi phiếu; không lưu ở máy chủ") String receipt) {
    }

    /** A checked new vote. */
    record Checked(long agendaItemId, String question, Matter matter, boolean secret, List<String> candidates, int seats) {
    }

    static Checked check(NewMeetingVote r) {
        if (r == null) {
            throw ProblemException.invalid("Thiếu nội dung yêu cầu.", List.of());
        }
        List<ProblemError> errors = new ArrayList<>();
        if (r.agendaItemId() == null) {
            errors.add(ProblemError.field("agendaItemId", "Chọn mục trong chương trình họp."));
        }
        String q = text(r.question(), "question", "Nội dung biểu quyết", QUESTION_MAX, errors);
        List<String> cands = new ArrayList<>();
        if (r.candidates() != null) {
            if (r.candidates().size() > CANDIDATES_MAX) {
                errors.add(ProblemError.field("candidates", "Tối đa 30 người ứng cử."));
            } else {
                for (int i = 0; i < r.candidates().size(); i++) {
                    String n = text(r.candidates().get(i), "candidates[" + i + "]", "Tên người ứng cử", NAME_MAX, errors);
                    if (n != null) {
                        cands.add(n);
                    }
                }
                if (new LinkedHashSet<>(cands).size() != cands.size()) {
                    errors.add(ProblemError.field("candidates", "Tên người ứng cử bị trùng."));
                }
            }
        }
        int seats = 0;
        if (!cands.isEmpty()) {
            seats = r.seats() == null ? 1 : r.seats();
            if (seats < 1 || seats > cands.size()) {
                errors.add(ProblemError.field("seats", "Số người được bầu phải từ 1 đến số người ứng cử."));
            }
        } else if (r.seats() != null && r.seats() != 0) {
            errors.add(ProblemError.field("seats", "Chỉ bầu cử (có danh sách ứng cử) mới có số người được bầu."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().map(ProblemError::message).collect(Collectors.joining(" ")), errors);
        }
        return new Checked(r.agendaItemId(), q, r.matter() == null ? Matter.ORDINARY : r.matter(),
                Boolean.TRUE.equals(r.secret()), List.copyOf(cands), seats);
    }

    /** The stored choice of a ballot on {@code v}; 400 naming what is wrong. */
    static String choice(MeetingBallot b, VoteStore.Row v) {
        if (b == null) {
            throw ProblemException.invalid("Thiếu nội dung phiếu.", List.of());
        }
        if (b.receipt() != null && b.receipt().length() > RECEIPT_MAX + 10) {
            throw ProblemException.invalid("receipt", "Biên nhận không đúng.");
        }
        if (v.seats() == 0) {
            if (b.choice() == null || b.candidates() != null && !b.candidates().isEmpty()) {
                throw ProblemException.invalid("choice", "Chọn tán thành, không tán thành hoặc không biểu quyết.");
            }
            return b.choice().name();
        }
        List<String> chosen = b.candidates() == null ? List.of() : b.candidates();
        if (b.choice() != null || chosen.size() > v.seats()) {
            throw ProblemException.invalid("candidates", "Chọn tối đa " + v.seats() + " người trong danh sách ứng cử.");
        }
        List<Integer> pos = new ArrayList<>();
        for (String name : chosen) {
            int i = name == null ? -1 : v.candidates().indexOf(Normalizer.normalize(name, Normalizer.Form.NFC).strip());
            if (i < 0) {
                throw ProblemException.invalid("candidates", "Người được chọn không có trong danh sách ứng cử.");
            }
            pos.add(i);
        }
        if (new LinkedHashSet<>(pos).size() != pos.size()) {
            throw ProblemException.invalid("candidates", "Mỗi người chỉ được chọn một lần.");
        }
        return Tallies.candidates(pos);
    }

    private static String text(String s, String field, String label, int max, List<ProblemError> errors) {
        String v = s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        if (v.isEmpty()) {
            errors.add(ProblemError.field(field, label + " không được để trống."));
            return null;
        }
        if (v.length() > max || v.chars().anyMatch(ch -> ch < 0x20)) {
            errors.add(ProblemError.field(field, label + " tối đa " + max + " ký tự, không chứa ký tự điều khiển."));
        }
        return v;
    }
}
