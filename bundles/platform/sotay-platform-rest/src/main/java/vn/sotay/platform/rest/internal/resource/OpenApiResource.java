package vn.sotay.platform.rest.internal.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;


import vn.sotay.api.rest.Public;
import vn.sotay.api.rest.Summary;
import vn.sotay.platform.rest.internal.OpenApi;
import vn.sotay.platform.rest.internal.RestBridge;

/** The OpenAPI 3 document of every endpoint published right now; created by the bridge itself. */
@Path("openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {
    private final RestBridge bridge;
    private final String version;

    public OpenApiResource(RestBridge bridge, String version) {
        this.bridge = bridge;
        this.version = version;
    }

    @GET
    @Public
    @Summary("Tài liệu OpenAPI 3 của mọi endpoint đang phục vụ")
    public Map<String, Object> document() {
        Map<String, List<Class<?>>> classes = new LinkedHashMap<>();
        bridge.published().forEach((module, objects) -> classes.put(module,
                objects.stream().<Class<?>>map(Object::getClass).toList()));
        return OpenApi.document(classes, version);
    }
}
