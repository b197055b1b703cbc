package vn.sotay.platform.rest.internal.resource;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import vn.sotay.api.rest.Public;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.OperationId;
import vn.sotay.spi.module.SotayModule;

/** The installed modules, from the SotayModule whiteboard. */
@Component(service = ModulesResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {
    private final Map<SotayModule, String> modules = new ConcurrentHashMap<>();

    /** One installed module. */
    public record ModuleInfo(String id, String name, String description, String version) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(SotayModule module, ServiceReference<SotayModule> ref) {
        modules.put(module, ref.getBundle().getVersion().toString());
    }

    void removeModule(SotayModule module) {
        modules.remove(module);
    }

    @GET
    @Public
    @Summary("Các phân hệ đang được cài đặt")
    @OperationId("listModules")
    public List<ModuleInfo> list() {
        return modules.entrySet().stream()
                .map(e -> new ModuleInfo(e.getKey().id(), e.getKey().name(), e.getKey().description(), e.getValue()))
                .sorted(Comparator.comparing(ModuleInfo::id)).toList();
    }
}
