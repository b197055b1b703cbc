package vn.sotay.api.inbox;

import vn.sotay.api.ProblemException;
import vn.sotay.api.content.ContentRef;

/**
 * What a module tells members: shown in each recipient's inbox as it is, so write it for the
 * member (Vietnamese, no markup).
 *
 * @param title       one line, at most {@value #MAX_TITLE} characters, required
 * @param text        a short text, at most {@value #MAX_TEXT} characters, or {@code null}
 * @param ref         the content the item is about ({@code notice:12}), resolved for each reader
 *                    through {@link vn.sotay.api.content.ContentService} when they list it, or {@code null}
 * @param actionLabel the label of an optional action button ("Mở thông báo"), at most
 *                    {@value #MAX_LABEL} characters; given together with {@code actionLink}
 * @param actionLink  where the action leads: an API or CMS path starting with {@code /} (never an
 *                    absolute URL, no backslash or control character: browsers read {@code /\host} as
 *                    another site), at most {@value #MAX_LINK} characters
 * @since 1.0
 */
public record InboxMessage(String title, String text, ContentRef ref, String actionLabel, String actionLink) {
    public static final int MAX_TITLE = 255;
    public static final int MAX_TEXT = 1000;
    public static final int MAX_LABEL = 60;
    public static final int MAX_LINK = 500;

    public InboxMessage {
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw ProblemException.invalid("title", "Tiêu đề tin nhắn phải có từ 1 đến " + MAX_TITLE + " ký tự.");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw ProblemException.invalid("text", "Nội dung tin nhắn tối đa " + MAX_TEXT + " ký tự.");
        }
        if ((actionLabel == null) != (actionLink == null)) {
            throw ProblemException.invalid("action", "Nút hành động cần cả nhãn và đường dẫn.");
        }
        if (actionLabel != null && (actionLabel.isBlank() || actionLabel.length() > MAX_LABEL
                || !actionLink.startsWith("/") || actionLink.startsWith("//") || actionLink.length() > MAX_LINK
                || actionLink.chars().anyMatch(ch -> ch == '\\' || ch < 0x20 || ch == 0x7f))) {
            throw ProblemException.invalid("action", "Nút hành động không hợp lệ (nhãn tối đa " + MAX_LABEL
                    + " ký tự, đường dẫn bắt đầu bằng /).");
        }
    }

    /** A message with a title, a text and a content reference, without an action. */
    public static InboxMessage of(String title, String text, ContentRef ref) {
        return new InboxMessage(title, text, ref, null, null);
    }
}
