package vn.sotay.platform.rest.internal.resource;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Public;
import vn.sotay.api.rest.Summary;
import vn.sotay.platform.rest.internal.OpenApi;

/**
 * The OpenAPI 3 document of every endpoint published right now; created by the bridge, which hands
 * it the published resource classes (module id → classes) without this class knowing the bridge.
 */
@Path("openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {
    private final Supplier<Map<String, List<Class<?>>>> published;
    private final String version;

    public OpenApiResource(Supplier<Map<String, List<Class<?>>>> published, String version) {
        this.published = published;
        this.version = version;
    }

    @GET
    @Public
    @OperationId("getOpenApiDocument")
    @Summary("Tài liệu OpenAPI 3 của mọi endpoint đang phục vụ")
    public Map<String, Object> document() {
        return OpenApi.document(published.get(), version);
    }
}
