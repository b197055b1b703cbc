package vn.sotay.api.inbox;

import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.Caller;
import vn.sotay.api.Page;

/**
 * The platform inbox: modules tell members about something; each member reads only their own items.
 * Provided by the core; served at {@code /api/inbox} (list, unread count, mark read, and a
 * Server-Sent Events stream of new items).
 *
 * <p><b>Telling.</b> {@link #tellSubtree} addresses everyone whose cell lies in an organisation's
 * subtree, now and later (the subtree is resolved when a member reads, so a province-wide message is
 * one row however many members the province has); {@link #tellMembers} addresses named members. The
 * sender is the caller of the module's request and must have authority over the addressees:
 * {@link vn.sotay.api.Role#SECRETARY} or {@link vn.sotay.api.Role#COMMITTEE} (or ADMIN) at the
 * subtree's root, or over each named member's cell (403 otherwise). {@link Caller#SYSTEM} may tell
 * anyone. Call it after the module's own write has committed; the item is stored and pushed to the
 * recipients' open streams before the call returns.
 *
 * <pre>
 * inbox.tellSubtree(caller, "notices", notice.audienceOrgId(),
 *         new InboxMessage(notice.title(), excerpt, new ContentRef("notice", "" + notice.id()),
 *                 "Mở thông báo", "/cms/#/notices/" + notice.id()));
 * </pre>
 *
 * <p><b>Reading</b> (the REST layer's side) answers only the caller's own items: those addressed to
 * the caller's cell or one of its ancestors, or to the caller by name. Anything else is 404.
 */
@ProviderType
public interface Inbox {
    /** Most members named in one {@link #tellMembers} call. */
    int MAX_MEMBERS = 1000;

    /**
     * The live topic ({@link vn.sotay.api.live.LiveUpdates}) new items are pushed on, as event
     * {@code inbox} with the item's id: what {@code GET /api/inbox/stream} follows.
     */
    String LIVE_TOPIC = "platform/inbox";

    /**
     * Tells every member whose cell lies in {@code orgId}'s subtree.
     *
     * @param module the sending module's id ({@code notices}), recorded with the item
     * @return the item's id
     * @throws vn.sotay.api.ProblemException 403 without authority at {@code orgId}, 404 for an unknown node
     */
    long tellSubtree(Caller sender, String module, long orgId, InboxMessage message);

    /**
     * Tells the named members (at most {@link #MAX_MEMBERS}, duplicates ignored).
     *
     * @return the item's id
     * @throws vn.sotay.api.ProblemException 403 when a member's cell is outside the sender's
     *         authority, 400 for an unknown member or too many
     */
    long tellMembers(Caller sender, String module, Collection<Long> memberIds, InboxMessage message);

    /** The caller's items, newest first, {@code limit} at most; {@code cursor} from the previous page. */
    Page<InboxItem> list(Caller caller, String cursor, int limit);

    /** The caller's items with an id above {@code afterId}, oldest first, at most {@code max} (stream replay). */
    List<InboxItem> after(Caller caller, long afterId, int max);

    /** How many of the caller's items are unread (a cached counter, no scan). */
    long unread(Caller caller);

    /** Marks one of the caller's items read; 404 when it is not the caller's. */
    void markRead(Caller caller, long id);

    /** Marks every item the caller has now read. */
    void markAllRead(Caller caller);
}
