package vn.sotay.meetings.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Urgency;
import vn.sotay.spi.module.SotayModule;

/** {@code /api/meetings/{id}/attendees} and check-in: who is invited and who is there. */
@Component(service = AttendanceResource.class,
        property = {SotayModule.MODULE + "=" + MeetingsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceResource {
    private final AttendanceStore attendance;
    private final MeetingAccess access;
    private final AuditService audit;
    private final MeetingSignals signals;
    private final MeetingsStore store;
    /** Members check in from this long before the start, while the meeting is open. */
    static final java.time.Duration WINDOW = java.time.Duration.ofMinutes(30);

    @Activate
    public AttendanceResource(@Reference AttendanceStore attendance, @Reference MeetingAccess access,
            @Reference AuditService audit, @Reference MeetingSignals signals, @Reference MeetingsStore store) {
        this.signals = signals;
        this.store = store;
        this.attendance = attendance;
        this.access = access;
        this.audit = audit;
    }

    /** Body of a check-in: the code the secretary shows in the room, or the online room. */
    public record CheckIn(@Description("Mã điểm danh 6 chữ số do bí thư cung cấp") String code,
            @Description("true: điểm danh khi vào phòng họp trực tuyến (chỉ cuộc họp có phòng trực tuyến), không cần mã") Boolean online) {
    }

    /** Body of an absence reported ahead. */
    public record Absence(@Description("Lý do vắng, bắt buộc, tối đa 1.000 ký tự") String reason) {
    }

    /** Body of a mark by the secretary. */
    public record Mark(Attendee.State state, @Description("Lý do vắng, tối đa 1.000 ký tự") String reason,
            @Description("Điểm danh hộ đảng viên (cao tuổi, không dùng điện thoại)") Boolean assisted) {
    }

    @GET
    @Path("{id}/attendees")
    @OperationId("listMeetingAttendees")
    @Summary("Danh sách dự họp và điểm danh (đảng viên được mời, cấp ủy theo dõi)")
    public List<Attendee> roll(@Context SecurityContext sc, @PathParam("id") long id) {
        live(access.read(Callers.of(sc), id));
        return attendance.roll(id);
    }

    @POST
    @Urgency(Urgency.Level.VITAL)
    @Path("{id}/check-in")
    @OperationId("checkInToMeeting")
    @Summary("Tự điểm danh bằng mã, hoặc khi vào phòng họp trực tuyến, từ 30 phút trước giờ họp khi cuộc họp đang diễn ra (đảng viên được mời)")
    public Attendee checkIn(@Context SecurityContext sc, @PathParam("id") long id, CheckIn body) {
        Caller c = Callers.of(sc);
        Meeting m = access.takePart(c, id);
        boolean online = body != null && Boolean.TRUE.equals(body.online());
        String code = body == null || body.code() == null ? "" : body.code().strip();
        if (online && m.onlineRoom() == null) {
            throw ProblemException.invalid("online", "Cuộc họp này không có phòng họp trực tuyến: điểm danh bằng mã.");
        }
        if (!online && !code.matches("\\d{6}")) {
            throw ProblemException.invalid("code", "Mã điểm danh gồm 6 chữ số.");
        }
        Instant now = now();
        if (m.status() != Meeting.Status.OPEN || now.isBefore(m.startsAt().minus(WINDOW))) {
            throw ProblemException.conflict("Chưa đến giờ điểm danh hoặc cuộc họp chưa bắt đầu, đã kết thúc.");
        }
        // the code as stored: the meeting as shown to a member hides it
        String expected = store.find(id).map(Meeting::checkinCode).orElse(null);
        if (!online && (expected == null || !java.security.MessageDigest.isEqual(code.getBytes(), expected.getBytes()))) {
            throw ProblemException.invalid("code", "Mã điểm danh không đúng.");
        }
        attendance.set(id, c.memberId(), Attendee.State.PRESENT, online ? Attendee.How.ONLINE : Attendee.How.SELF, null,
                c.memberId(), now);
        signals.attendance(id, c.memberId());
        return attendance.of(id, c.memberId());
    }

    @POST
    @Path("{id}/absence")
    @OperationId("reportMeetingAbsence")
    @Summary("Báo vắng trước với lý do, khi chưa điểm danh có mặt (đảng viên được mời)")
    public Attendee reportAbsence(@Context SecurityContext sc, @PathParam("id") long id, Absence body) {
        Caller c = Callers.of(sc);
        Meeting m = access.takePart(c, id);
        List<ProblemError> errors = new ArrayList<>();
        String reason = AnnounceValidation.text(body == null ? null : body.reason(), "reason", "Lý do vắng",
                AnnounceValidation.REASON_MAX, true, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.get(0).message(), errors);
        }
        if (m.status() == Meeting.Status.CLOSED || m.status() == Meeting.Status.CANCELLED
                || attendance.of(id, c.memberId()).state() == Attendee.State.PRESENT) {
            throw ProblemException.conflict("Cuộc họp đã kết thúc, đã hủy hoặc bạn đã điểm danh có mặt.");
        }
        attendance.set(id, c.memberId(), Attendee.State.EXCUSED, Attendee.How.REPORTED, reason, c.memberId(), now());
        audit.record(c, "meeting.absence", "meeting", id + "/" + c.memberId(), null);
        signals.attendance(id, c.memberId());
        return attendance.of(id, c.memberId());
    }

    @GET
    @Path("{id}/attendance")
    @OperationId("getMeetingAttendance")
    @Summary("Tổng hợp điểm danh: có mặt, vắng có lý do, vắng, chưa điểm danh và tỷ lệ (miễn sinh hoạt không tính); cập nhật trực tiếp qua /api/live?topic=meetings/{id} (đảng viên được mời, cấp ủy theo dõi)")
    public AttendanceSummary summary(@Context SecurityContext sc, @PathParam("id") long id) {
        live(access.read(Callers.of(sc), id));
        return attendance.summary(id);
    }

    @PUT
    @Urgency(Urgency.Level.VITAL)
    @Path("{id}/attendees/{memberId}")
    @OperationId("markMeetingAttendance")
    @Summary("Bí thư điểm danh: có mặt, vắng có lý do, vắng; điểm danh hộ (bí thư, cấp ủy của tổ chức chủ trì)")
    @Roles({Role.SECRETARY, Role.COMMITTEE})
    public Attendee mark(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("memberId") long memberId, Mark body) {
        Caller c = Callers.of(sc);
        Meeting m = access.run(c, id);
        List<ProblemError> errors = new ArrayList<>();
        String reason = AnnounceValidation.text(body == null ? null : body.reason(), "reason", "Lý do", 1000, false, errors);
        if (body == null || body.state() == null || body.state() == Attendee.State.INVITED) {
            errors.add(ProblemError.field("state", "Chọn có mặt, vắng có lý do hoặc vắng."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.get(0).message(), errors);
        }
        if (m.status() == Meeting.Status.CANCELLED || m.status() == Meeting.Status.ANNOUNCED && body.state() == Attendee.State.PRESENT) {
            throw ProblemException.conflict("Chỉ điểm danh có mặt khi cuộc họp đang diễn ra.");
        }
        Attendee.How how = body.state() != Attendee.State.PRESENT ? Attendee.How.MARKED
                : Boolean.TRUE.equals(body.assisted()) ? Attendee.How.ASSISTED : Attendee.How.MARKED;
        if (!attendance.set(id, memberId, body.state(), how, reason, c.memberId(), now())) {
            throw ProblemException.notFound("Đảng viên này không có tên trong danh sách dự họp.");
        }
        audit.record(c, "meeting.attendance", "meeting", id + "/" + memberId, body.state() + " " + how);
        signals.attendance(id, memberId);
        return attendance.of(id, memberId);
    }

    /** Opens the meeting's live topic for those about to follow it, unless the meeting is over. */
    private void live(Meeting m) {
        if (m.status() == Meeting.Status.ANNOUNCED || m.status() == Meeting.Status.OPEN) {
            signals.topic(m.id());
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
