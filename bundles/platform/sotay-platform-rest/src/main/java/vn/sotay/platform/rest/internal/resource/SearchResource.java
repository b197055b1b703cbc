package vn.sotay.platform.rest.internal.resource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Urgency;
import vn.sotay.api.search.SearchHit;
import vn.sotay.api.search.SearchService;
import vn.sotay.spi.module.SotayModule;

/** Search across every installed module, filtered to what the caller may read. */
@Component(service = SearchResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Urgency(Urgency.Level.DEFERRABLE)
public class SearchResource {
    private final SearchService search;

    @Activate
    public SearchResource(@Reference SearchService search) {
        this.search = search;
    }

    @GET
    @Summary("Tìm kiếm (không phân biệt dấu) trong mọi phân hệ đã cài; types lọc theo loại nội dung, cách nhau bởi dấu phẩy")
    @OperationId("search")
    public List<SearchHit> search(@QueryParam("q") String q, @Description("Loại nội dung, cách nhau bởi dấu phẩy (notice,article,document...)") @QueryParam("types") String types,
            @QueryParam("limit") Integer limit, @Context SecurityContext sc) {
        if (q == null || q.isBlank()) {
            throw ProblemException.invalid("q", "Vui lòng nhập từ khóa tìm kiếm");
        }
        if (q.length() > 200) {
            throw ProblemException.invalid("q", "Từ khóa tìm kiếm quá dài (tối đa 200 ký tự)");
        }
        Set<String> t = types == null || types.isBlank() ? Set.of()
                : Arrays.stream(types.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        int n = limit == null ? 20 : limit;
        if (n < 1 || n > 100) {
            throw ProblemException.invalid("limit", "Số kết quả phải từ 1 đến 100");
        }
        return search.search(Callers.of(sc), q, t, n);
    }
}
