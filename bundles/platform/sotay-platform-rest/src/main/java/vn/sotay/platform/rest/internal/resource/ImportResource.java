package vn.sotay.platform.rest.internal.resource;

import java.io.InputStream;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.imports.ImportReport;
import vn.sotay.api.imports.ImportService;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.MaxBody;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.Role;
import vn.sotay.api.rest.Roles;
import vn.sotay.spi.module.SotayModule;

/** CSV import of the organisation tree and of members (all or nothing). */
@Component(service = ImportResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("import")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
@MaxBody(50L << 20) // a province's members file is a few MB; room to spare, still bounded
public class ImportResource {
    private final ImportService imports;

    @Activate
    public ImportResource(@Reference ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Path("organisations")
    @Summary("Nhập cây tổ chức từ tệp CSV (UTF-8): Mã, Tên, Loại, Mã cấp trên")
    @OperationId("importOrganisations")
    @Roles(value = Role.ADMIN, over = "every row's organisation")
    public ImportReport organisations(InputStream csv, @Context SecurityContext sc) {
        return imports.importOrganisations(Callers.of(sc), csv);
    }

    @POST
    @Path("members")
    @Summary("Nhập danh sách đảng viên từ tệp CSV (UTF-8)")
    @OperationId("importMembers")
    @Roles(value = Role.ADMIN, over = "every row's cell")
    public ImportReport members(InputStream csv, @Context SecurityContext sc) {
        return imports.importMembers(Callers.of(sc), csv);
    }
}
