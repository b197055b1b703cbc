package vn.sotay.documents.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.content.ResolvedContent;
import vn.sotay.spi.content.ContentResolver;
import vn.sotay.spi.module.SotayModule;

/** Party documents as content references ({@code document:<id>}), readable by the same rule as {@code GET /api/documents/{id}}. */
@Component(property = {ContentResolver.TYPE + "=" + DocumentsModule.CONTENT_TYPE, SotayModule.MODULE + "=" + DocumentsModule.ID})
public class DocumentResolver implements ContentResolver {
    private final DocumentStore store;
    private final AuthorizationService auth;

    @Activate
    public DocumentResolver(@Reference DocumentStore store, @Reference AuthorizationService auth) {
        this.store = store;
        this.auth = auth;
    }

    @Override
    public Map<String, ResolvedContent> resolve(Caller caller, Collection<String> ids) {
        List<Long> numeric = ContentResolver.numericIds(ids);
        Map<String, ResolvedContent> out = new HashMap<>();
        store.heads(numeric).values().stream().filter(l -> Access.readable(auth, caller, l))
                .forEach(l -> out.put(String.valueOf(l.documentId()), new ResolvedContent(
                        new ContentRef(DocumentsModule.CONTENT_TYPE, String.valueOf(l.documentId())), true,
                        l.number() + " " + l.title(), "/api/documents/" + l.documentId(), "Tài liệu", null)));
        return out;
    }
}
