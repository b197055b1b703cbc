package vn.sotay.platform.rest.internal.resource;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.OperationId;
import vn.sotay.spi.menu.MenuContributor;
import vn.sotay.spi.menu.MenuEntry;
import vn.sotay.spi.module.SotayModule;

/** The CMS menu merged from every module's contributor, filtered by the caller's roles. */
@Component(service = MenuResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("menu")
@Produces(MediaType.APPLICATION_JSON)
public class MenuResource {
    private final Map<MenuContributor, String> contributors = new ConcurrentHashMap<>();

    /** A menu entry with the module it comes from. */
    public record Item(String module, String id, String label, String labelEn, String path, int order) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(MenuContributor c, Map<String, Object> props) {
        contributors.put(c, String.valueOf(props.getOrDefault(SotayModule.MODULE, "")));
    }

    void removeContributor(MenuContributor c) {
        contributors.remove(c);
    }

    @GET
    @Summary("Menu của trang quản trị (CMS) theo vai trò của người dùng")
    @OperationId("getMenu")
    public List<Item> menu(@Context SecurityContext sc) {
        Caller caller = Callers.of(sc);
        return contributors.entrySet().stream()
                .flatMap(e -> e.getKey().entries().stream().filter(m -> visible(caller, m))
                        .map(m -> new Item(e.getValue(), m.id(), m.label(), m.labelEn(), m.path(), m.order())))
                .sorted(Comparator.comparingInt(Item::order).thenComparing(Item::id)).toList();
    }

    private static boolean visible(Caller caller, MenuEntry m) {
        if (m.roles().isEmpty()) {
            return true;
        }
        for (RoleGrant g : caller.grants()) {
            if (g.role() == Role.ADMIN || m.roles().contains(g.role())) {
                return true;
            }
        }
        return false;
    }
}
