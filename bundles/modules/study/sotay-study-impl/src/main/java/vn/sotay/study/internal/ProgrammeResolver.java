package vn.sotay.study.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.content.ResolvedContent;
import vn.sotay.spi.content.ContentResolver;
import vn.sotay.spi.module.SotayModule;

/** Resolves {@code study-programme:<id>} (the inbox's reminders) by the read rule of {@code GET /api/study/programmes/{id}}. */
@Component(property = {ContentResolver.TYPE + "=study-programme", SotayModule.MODULE + "=" + StudyModule.ID})
public class ProgrammeResolver implements ContentResolver {
    private final StudyDesk desk;

    @Activate
    public ProgrammeResolver(@Reference StudyDesk desk) {
        this.desk = desk;
    }

    @Override
    public Map<String, ResolvedContent> resolve(Caller c, Collection<String> ids) {
        Map<String, ResolvedContent> out = new HashMap<>();
        for (String id : ids.stream().limit(100).toList()) {
            if (!id.matches("[0-9]{1,18}")) {
                continue;
            }
            desk.store.programmes.find(Long.parseLong(id)).filter(p -> desk.auth.canRead(c, p.orgId()))
                    .ifPresent(p -> out.put(id, new ResolvedContent(new ContentRef("study-programme", id), true, p.title(),
                            "/cms/#/study", "Chương trình học tập", p.createdAt())));
        }
        return out;
    }
}
