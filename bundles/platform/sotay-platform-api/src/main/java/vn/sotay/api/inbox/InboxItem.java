package vn.sotay.api.inbox;

import java.time.Instant;

import vn.sotay.api.content.ResolvedContent;

/**
 * One item of a member's inbox, as {@code GET /api/inbox} and the stream show it.
 *
 * @param id          the item's id: increasing with time, also the stream's event id
 * @param module      the module that sent it ({@code notices})
 * @param senderName  who sent it (the caller of the module's request)
 * @param title       see {@link InboxMessage#title()}
 * @param text        see {@link InboxMessage#text()}
 * @param content     the referenced content as this reader sees it, or {@code null} without a reference
 * @param actionLabel see {@link InboxMessage#actionLabel()}
 * @param actionLink  see {@link InboxMessage#actionLink()}
 * @param sentAt      when it was sent
 * @param read        whether this reader marked it read
 * @since 1.0
 */
public record InboxItem(long id, String module, String senderName, String title, String text,
        ResolvedContent content, String actionLabel, String actionLink, Instant sentAt, boolean read) {
}
