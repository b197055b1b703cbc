package vn.sotay.platform.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.content.ContentService;
import vn.sotay.api.content.ResolvedContent;
import vn.sotay.spi.content.ContentResolver;

/** References resolved by the owners' ContentResolver whiteboard, one call per type. */
@Component
public class ContentServiceImpl implements ContentService {
    private final Map<String, ContentResolver> resolvers = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResolver(ContentResolver r, Map<String, Object> props) {
        Object type = props.get(ContentResolver.TYPE);
        if (type != null) {
            resolvers.put(type.toString(), r);
        }
    }

    void removeResolver(ContentResolver r, Map<String, Object> props) {
        Object type = props.get(ContentResolver.TYPE);
        if (type != null) {
            resolvers.remove(type.toString(), r);
        }
    }

    @Override
    public List<ResolvedContent> resolve(Caller caller, List<ContentRef> refs) {
        if (refs.size() > MAX_REFS) {
            throw ProblemException.invalid("ref", "Tối đa " + MAX_REFS + " tham chiếu mỗi lần.");
        }
        Map<String, Collection<String>> byType = new LinkedHashMap<>();
        refs.forEach(r -> byType.computeIfAbsent(r.type(), t -> new LinkedHashSet<>()).add(r.id()));
        Map<ContentRef, ResolvedContent> found = new LinkedHashMap<>();
        byType.forEach((type, ids) -> {
            ContentResolver r = resolvers.get(type);
            if (r == null) {
                return; // its module is not installed: every reference of the type is unavailable
            }
            try {
                r.resolve(caller, ids).forEach((id, c) -> {
                    if (c != null && c.available()) {
                        found.put(new ContentRef(type, id), c);
                    }
                });
            } catch (RuntimeException e) { // one failing owner never fails the referrer's page
                LoggerFactory.getLogger(ContentServiceImpl.class).warn("Resolving {} references failed", type, e);
            }
        });
        List<ResolvedContent> out = new ArrayList<>(refs.size());
        refs.forEach(r -> out.add(found.getOrDefault(r, ResolvedContent.unavailable(r))));
        return out;
    }
}
