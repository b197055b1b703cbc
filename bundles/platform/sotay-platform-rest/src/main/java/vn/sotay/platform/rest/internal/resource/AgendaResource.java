package vn.sotay.platform.rest.internal.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.ProblemException;
import vn.sotay.api.calendar.CalendarEntry;
import vn.sotay.api.calendar.CalendarService;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.spi.module.SotayModule;

/** The dated entries the installed modules contribute to the caller's calendar (the calendar module adds its own). */
@Component(service = AgendaResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("agenda")
@Produces(MediaType.APPLICATION_JSON)
public class AgendaResource {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private final CalendarService calendar;

    @Activate
    public AgendaResource(@Reference CalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @Summary("Các mốc thời gian của tôi do các phân hệ đóng góp (họp, hạn, kỳ thi...) trong [from, to): ngày "
            + "yyyy-MM-dd theo giờ Việt Nam; mặc định từ hôm nay, 31 ngày")
    @OperationId("listAgenda")
    public List<CalendarEntry> entries(@Description(value = "Từ ngày (năm-tháng-ngày), mặc định hôm nay", type = "date") @QueryParam("from") String from, @Description(value = "Đến trước ngày (năm-tháng-ngày), mặc định 31 ngày sau from", type = "date") @QueryParam("to") String to,
            @Context SecurityContext sc) {
        LocalDate f = day("from", from, LocalDate.now(ZONE));
        LocalDate t = day("to", to, f.plusDays(31));
        Instant a = f.atStartOfDay(ZONE).toInstant();
        Instant b = t.atStartOfDay(ZONE).toInstant();
        return calendar.entries(Callers.of(sc), a, b);
    }

    private static LocalDate day(String field, String raw, LocalDate fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            LocalDate d = LocalDate.parse(raw.strip());
            if (d.getYear() >= 1900 && d.getYear() < 3000) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // below
        }
        throw ProblemException.invalid(field, "Ngày phải có dạng năm-tháng-ngày từ năm 1900 đến năm 2999, ví dụ 2026-12-01.");
    }
}
