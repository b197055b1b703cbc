package vn.sotay.meetings.internal;

import java.time.Duration;
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
import vn.sotay.api.org.OrgService;
import vn.sotay.api.persistence.Sql;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.spi.module.SotayModule;

/** Editing, postponing and cancelling an announced meeting, and its history; the roll is told again. */
@Component(service = ScheduleResource.class,
        property = {SotayModule.MODULE + "=" + MeetingsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScheduleResource {
    static final String NOT_ANNOUNCED = "Cuộc họp đã bắt đầu, đã kết thúc hoặc đã hủy: không thay đổi được nữa.";

    private final MeetingsStore store;
    private final CycleStore cycle;
    private final MeetingAccess access;
    private final OrgService orgs;
    private final AuditService audit;
    private final MeetingSignals signals;

    @Activate
    public ScheduleResource(@Reference MeetingsStore store, @Reference CycleStore cycle, @Reference MeetingAccess access,
            @Reference OrgService orgs, @Reference AuditService audit, @Reference MeetingSignals signals) {
        this.store = store;
        this.cycle = cycle;
        this.access = access;
        this.orgs = orgs;
        this.audit = audit;
        this.signals = signals;
    }

    /** Body of a postponement. */
    public record Postpone(@Description("Giờ bắt đầu mới") Instant startsAt,
            @Description("Giờ kết thúc mới; bỏ trống: giữ thời lượng cũ") Instant endsAt,
            @Description("Lý do dời lịch, bắt buộc, tối đa 1.000 ký tự") String reason) {
    }

    /** Body of a cancellation. */
    public record Cancel(@Description("Lý do hủy, bắt buộc, tối đa 1.000 ký tự") String reason) {
    }

    @PUT
    @Path("{id}")
    @OperationId("editMeeting")
    @Summary("Sửa thông báo họp chưa bắt đầu: tiêu đề, chủ đề, địa điểm, chương trình, tài liệu; không đổi thời gian (dùng dời lịch) và danh sách mời (bí thư, cấp ủy của tổ chức chủ trì)")
    @Roles({Role.SECRETARY, Role.COMMITTEE})
    public Meeting edit(@Context SecurityContext sc, @PathParam("id") long id, AnnounceRequest body) {
        Caller c = Callers.of(sc);
        Meeting m = access.run(c, id);
        notAnnounced(m);
        Instant now = now();
        AnnounceRequest in = body == null ? null : new AnnounceRequest(m.orgId(), List.of(), List.of(), body.kind(),
                body.title(), body.topic(), m.startsAt().isBefore(now) ? now : m.startsAt(),
                m.endsAt().isAfter(m.startsAt().isBefore(now) ? now : m.startsAt()) ? m.endsAt() : null,
                body.place(), body.onlineRoom(), body.chairMemberId(), body.clerkMemberId(), body.agenda(), body.materials());
        AnnounceRequest r = AnnounceValidation.check(in, orgs.tree(), now);
        for (Long named : new Long[] {r.chairMemberId(), r.clerkMemberId()}) {
            if (named != null && !store.onRoll(id, named)) {
                throw ProblemException.invalid(named.equals(r.chairMemberId()) ? "chairMemberId" : "clerkMemberId",
                        "Người chủ trì và thư ký phải có tên trong danh sách dự họp.");
            }
        }
        if (!cycle.edit(id, r, new CycleStore.By(c.accountId(), c.name(), now))) {
            throw ProblemException.conflict(NOT_ANNOUNCED);
        }
        audit.record(c, "meeting.edit", "meeting", String.valueOf(id), r.title());
        return access.read(c, id);
    }

    @POST
    @Path("{id}/postpone")
    @OperationId("postponeMeeting")
    @Summary("Dời lịch cuộc họp chưa bắt đầu, ghi lý do; báo lại cho đảng viên (bí thư, cấp ủy của tổ chức chủ trì)")
    @Roles({Role.SECRETARY, Role.COMMITTEE})
    public Meeting postpone(@Context SecurityContext sc, @PathParam("id") long id, Postpone body) {
        Caller c = Callers.of(sc);
        Meeting m = access.run(c, id);
        notAnnounced(m);
        Instant now = now();
        List<ProblemError> errors = new ArrayList<>();
        String reason = AnnounceValidation.text(body == null ? null : body.reason(), "reason", "Lý do dời lịch",
                AnnounceValidation.REASON_MAX, true, errors);
        Instant starts = body == null || body.startsAt() == null ? null : body.startsAt().truncatedTo(ChronoUnit.SECONDS);
        Instant ends = body == null || body.endsAt() == null
                ? (starts == null ? null : starts.plus(Duration.between(m.startsAt(), m.endsAt())))
                : body.endsAt().truncatedTo(ChronoUnit.SECONDS);
        if (starts == null || !Sql.storable(starts) || starts.isBefore(now.minus(Duration.ofHours(1)))) {
            errors.add(ProblemError.field("startsAt", "Giờ họp mới không hợp lệ (không sớm hơn hiện tại, trước năm 3000)."));
        } else if (ends == null || !Sql.storable(ends) || !ends.isAfter(starts)
                || Duration.between(starts, ends).compareTo(AnnounceValidation.LONGEST) > 0) {
            errors.add(ProblemError.field("endsAt", "Giờ kết thúc phải sau giờ bắt đầu, không quá 12 giờ."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.get(0).message(), errors);
        }
        if (!cycle.postpone(id, starts, ends, reason, new CycleStore.By(c.accountId(), c.name(), now))) {
            throw ProblemException.conflict(NOT_ANNOUNCED);
        }
        audit.record(c, "meeting.postpone", "meeting", String.valueOf(id), m.startsAt() + " -> " + starts);
        Meeting moved = access.read(c, id);
        signals.tell(c, moved, "Dời lịch họp: " + m.title(), "Thời gian mới: " + Texts.when(starts) + " (thay cho "
                + Texts.when(m.startsAt()) + "). Lý do: " + reason);
        return moved;
    }

    @POST
    @Path("{id}/cancel")
    @OperationId("cancelMeeting")
    @Summary("Hủy cuộc họp chưa bắt đầu, ghi lý do; báo lại cho đảng viên (bí thư, cấp ủy của tổ chức chủ trì)")
    @Roles({Role.SECRETARY, Role.COMMITTEE})
    public Meeting cancel(@Context SecurityContext sc, @PathParam("id") long id, Cancel body) {
        Caller c = Callers.of(sc);
        Meeting m = access.run(c, id);
        notAnnounced(m);
        List<ProblemError> errors = new ArrayList<>();
        String reason = AnnounceValidation.text(body == null ? null : body.reason(), "reason", "Lý do hủy",
                AnnounceValidation.REASON_MAX, true, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.get(0).message(), errors);
        }
        if (!cycle.cancel(id, reason, new CycleStore.By(c.accountId(), c.name(), now()))) {
            throw ProblemException.conflict(NOT_ANNOUNCED);
        }
        audit.record(c, "meeting.cancel", "meeting", String.valueOf(id), reason);
        signals.tell(c, m, "Hủy cuộc họp: " + m.title(), "Cuộc họp lúc " + Texts.when(m.startsAt()) + " đã hủy. Lý do: " + reason);
        return access.read(c, id);
    }

    @GET
    @Path("{id}/history")
    @OperationId("listMeetingHistory")
    @Summary("Lịch sử cuộc họp: thông báo, sửa, dời lịch, hủy, bắt đầu, kết thúc; ai, khi nào, lý do (đảng viên được mời, cấp ủy theo dõi)")
    public List<MeetingHistory> history(@Context SecurityContext sc, @PathParam("id") long id) {
        access.read(Callers.of(sc), id);
        return cycle.history(id);
    }

    private static void notAnnounced(Meeting m) {
        if (m.status() != Meeting.Status.ANNOUNCED) {
            throw ProblemException.conflict(NOT_ANNOUNCED);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
