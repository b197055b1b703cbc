package vn.sotay.meetings.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.content.ResolvedContent;
import vn.sotay.spi.content.ContentResolver;
import vn.sotay.spi.module.SotayModule;

/**
 * {@code meeting:<id>} (the inbox items and calendar entries of the cycle) for a reader: the meeting's
 * title when {@link MeetingAccess#read} lets them read it. At most {@link #MAX} ids are resolved per
 * call (a page of inbox items names a few meetings), each by the read rule itself.
 */
@Component(property = {ContentResolver.TYPE + "=" + MeetingSignals.REF_TYPE, SotayModule.MODULE + "=" + MeetingsModule.ID})
public class MeetingResolver implements ContentResolver {
    static final int MAX = 50;
    private final MeetingAccess access;

    @Activate
    public MeetingResolver(@Reference MeetingAccess access) {
        this.access = access;
    }

    @Override
    public Map<String, ResolvedContent> resolve(Caller caller, Collection<String> ids) {
        Map<String, ResolvedContent> out = new HashMap<>();
        for (Long id : ContentResolver.numericIds(ids).stream().distinct().limit(MAX).toList()) {
            try {
                Meeting m = access.read(caller, id);
                out.put(String.valueOf(id), new ResolvedContent(new ContentRef(MeetingSignals.REF_TYPE, String.valueOf(id)), true,
                        m.title(), "/api/meetings/" + id, "Cuộc họp", m.startsAt()));
            } catch (ProblemException e) {
                // not readable: left out, shown unavailable
            }
        }
        return out;
    }
}
