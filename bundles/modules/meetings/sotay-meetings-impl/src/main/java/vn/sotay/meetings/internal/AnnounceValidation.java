package vn.sotay.meetings.internal;

import java.net.URI;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.persistence.Sql;

/** Checks and normalises (NFC, trimmed) an announcement; every bad field is named in one 400 (bounds: docs/security.md). */
final class AnnounceValidation {
    static final int TITLE_MAX = 255, TOPIC_MAX = 4000, PLACE_MAX = 255, ROOM_MAX = 500, AGENDA_MAX = 30,
            ITEM_TITLE_MAX = 500, ITEM_TEXT_MAX = 4000, ORGS_MAX = 50, INVITEES_MAX = 500;
    static final Duration LONGEST = Duration.ofHours(12);

    private AnnounceValidation() {
    }

    static AnnounceRequest check(AnnounceRequest r, OrgTree tree, Instant now) {
        if (r == null) {
            throw ProblemException.invalid("Thiếu nội dung yêu cầu.", List.of());
        }
        List<ProblemError> errors = new ArrayList<>();
        String title = text(r.title(), "title", "Tiêu đề", TITLE_MAX, true, errors);
        String topic = text(r.topic(), "topic", "Chủ đề", TOPIC_MAX, false, errors);
        String place = text(r.place(), "place", "Địa điểm", PLACE_MAX, false, errors);
        String room = text(r.onlineRoom(), "onlineRoom", "Đường dẫn phòng họp", ROOM_MAX, false, errors);
        if (room != null && !https(room)) {
            errors.add(ProblemError.field("onlineRoom", "Đường dẫn phòng họp phải là địa chỉ https đầy đủ."));
        }
        if (place == null && room == null) {
            errors.add(ProblemError.field("place", "Cần địa điểm họp hoặc đường dẫn phòng họp trực tuyến."));
        }
        if (r.kind() == null) {
            errors.add(ProblemError.field("kind", "Chưa chọn loại cuộc họp."));
        }
        if (r.orgId() == null || tree.node(r.orgId()) == null) {
            errors.add(ProblemError.field("orgId", "Tổ chức chủ trì không tồn tại."));
        }
        List<Long> orgIds = new ArrayList<>(new LinkedHashSet<>(r.orgIds() == null ? List.of() : r.orgIds()));
        if (orgIds.size() > ORGS_MAX || orgIds.contains(null)) {
            errors.add(ProblemError.field("orgIds", "Tối đa 50 tổ chức cùng họp."));
        } else if (r.orgId() != null && orgIds.stream().anyMatch(o -> !tree.isWithin(o, r.orgId()))) {
            errors.add(ProblemError.field("orgIds", "Tổ chức cùng họp phải thuộc tổ chức chủ trì."));
        }
        List<Long> invitees = new ArrayList<>(r.invitees() == null ? List.of() : new LinkedHashSet<>(r.invitees()));
        if (invitees.size() > INVITEES_MAX || invitees.contains(null)) {
            errors.add(ProblemError.field("invitees", "Tối đa 500 đảng viên được mời đích danh."));
        }
        Instant starts = r.startsAt() == null ? null : r.startsAt().truncatedTo(ChronoUnit.SECONDS);
        Instant ends = r.endsAt() == null ? (starts == null ? null : starts.plus(Duration.ofHours(2)))
                : r.endsAt().truncatedTo(ChronoUnit.SECONDS);
        if (starts == null || !Sql.storable(starts) || starts.isBefore(now.minus(Duration.ofDays(1)))) {
            errors.add(ProblemError.field("startsAt", "Thời gian họp không hợp lệ (không sớm hơn hôm qua, trước năm 3000)."));
        } else if (ends == null || !ends.isAfter(starts) || Duration.between(starts, ends).compareTo(LONGEST) > 0) {
            errors.add(ProblemError.field("endsAt", "Giờ kết thúc phải sau giờ bắt đầu, không quá 12 giờ."));
        }
        List<AnnounceRequest.AgendaInput> agenda = new ArrayList<>();
        List<AnnounceRequest.AgendaInput> items = r.agenda() == null ? List.of() : r.agenda();
        if (items.size() > AGENDA_MAX) {
            errors.add(ProblemError.field("agenda", "Chương trình họp tối đa 30 mục."));
        } else {
            for (int i = 0; i < items.size(); i++) {
                AnnounceRequest.AgendaInput a = items.get(i);
                String t = text(a == null ? null : a.title(), "agenda[" + i + "].title", "Tên mục " + (i + 1), ITEM_TITLE_MAX, true, errors);
                String d = text(a == null ? null : a.description(), "agenda[" + i + "].description", "Nội dung mục " + (i + 1),
                        ITEM_TEXT_MAX, false, errors);
                agenda.add(new AnnounceRequest.AgendaInput(t, d));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().map(ProblemError::message).collect(Collectors.joining(" ")), errors);
        }
        return new AnnounceRequest(r.orgId(), orgIds, invitees, r.kind(), title, topic, starts, ends, place, room,
                r.chairMemberId(), r.clerkMemberId(), agenda);
    }

    /** NFC, trimmed; empty becomes {@code null}; too long or missing (when required) is named in {@code errors}. */
    static String text(String s, String field, String label, int max, boolean required, List<ProblemError> errors) {
        String v = s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        if (v.isEmpty()) {
            if (required) {
                errors.add(ProblemError.field(field, label + " không được để trống."));
            }
            return null;
        }
        if (v.length() > max) {
            errors.add(ProblemError.field(field, label + " không được dài quá " + String.format("%,d", max).replace(',', '.') + " ký tự."));
        }
        return v;
    }

    private static boolean https(String url) {
        try {
            URI u = new URI(url);
            return "https".equalsIgnoreCase(u.getScheme()) && u.getHost() != null && !url.matches(".*[\\s\\\\].*");
        } catch (Exception e) {
            return false;
        }
    }
}
