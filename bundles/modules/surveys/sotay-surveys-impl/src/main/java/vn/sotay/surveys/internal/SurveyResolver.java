package vn.sotay.surveys.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.content.ResolvedContent;
import vn.sotay.api.org.OrgTree;
import vn.sotay.spi.content.ContentResolver;
import vn.sotay.spi.module.SotayModule;

/** Surveys as content references ({@code survey:<id>}, the inbox's items), readable by the rule of {@code GET /api/surveys/{id}}. */
@Component(property = {ContentResolver.TYPE + "=" + SurveysModule.CONTENT_TYPE, SotayModule.MODULE + "=" + SurveysModule.ID})
public class SurveyResolver implements ContentResolver {
    private final SurveyDesk desk;

    @Activate
    public SurveyResolver(@Reference SurveyDesk desk) {
        this.desk = desk;
    }

    @Override
    public Map<String, ResolvedContent> resolve(Caller caller, Collection<String> ids) {
        List<Long> numeric = ContentResolver.numericIds(ids);
        Instant now = Instant.now();
        OrgTree tree = desk.orgs.tree();
        Map<String, ResolvedContent> out = new HashMap<>();
        for (Survey s : desk.store.byIds(numeric)) {
            if (desk.sees(caller, s, tree, now)) {
                out.put(String.valueOf(s.id()), new ResolvedContent(SurveysModule.ref(s.id()), true, s.title(), "/api/surveys/" + s.id(),
                        "Thăm dò ý kiến", s.openAt()));
            }
        }
        return out;
    }
}
