package vn.sotay.qa.internal;

import java.util.Collection;
import java.util.HashMap;
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

/** {@code qa-question:<id>} (the inbox item telling an asker of the answer): readable by the rule of {@code GET /api/qa/questions/{id}}. */
@Component(property = {ContentResolver.TYPE + "=" + QaModule.QUESTION_REF, SotayModule.MODULE + "=" + QaModule.ID})
public class QuestionResolver implements ContentResolver {
    static final int MAX = 40;
    private final QaStore store;
    private final AuthorizationService auth;

    /** Not {@link QaDesk}: it references ContentService, which references this resolver. */
    @Activate
    public QuestionResolver(@Reference QaStore store, @Reference AuthorizationService auth) {
        this.store = store;
        this.auth = auth;
    }

    @Override
    public Map<String, ResolvedContent> resolve(Caller c, Collection<String> ids) {
        Map<String, ResolvedContent> out = new HashMap<>();
        store.byIds(ContentResolver.numericIds(ids).stream().limit(MAX).toList()).stream()
                .filter(q -> QaDesk.canRead(auth, c, q)).forEach(q -> out.put(String.valueOf(q.id()),
                        new ResolvedContent(new ContentRef(QaModule.QUESTION_REF, String.valueOf(q.id())), true,
                                q.text().length() <= 120 ? q.text() : q.text().substring(0, 119) + "…",
                                "/api/qa/questions/" + q.id(), "Câu hỏi", q.askedAt())));
        return out;
    }
}
