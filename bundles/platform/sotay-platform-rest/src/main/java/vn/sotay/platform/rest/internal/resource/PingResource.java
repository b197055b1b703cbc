package vn.sotay.platform.rest.internal.resource;

import java.time.Instant;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;

import vn.sotay.api.rest.Public;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.OperationId;
import vn.sotay.spi.module.SotayModule;

/** Liveness, and the trivial endpoint the benchmark compares module endpoints with. */
@Component(service = PingResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("ping")
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {
    @GET
    @Public
    @Summary("Kiểm tra hệ thống đang chạy")
    @OperationId("ping")
    public Map<String, Object> ping() {
        return Map.of("status", "ok", "time", Instant.now().toString());
    }
}
