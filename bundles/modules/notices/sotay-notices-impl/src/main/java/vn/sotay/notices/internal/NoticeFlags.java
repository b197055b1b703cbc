package vn.sotay.notices.internal;

/** One member's receipt flags for one notice (read by {@link NoticeStore}, cached by {@link InboxCache}). */
record NoticeFlags(boolean read, boolean acknowledged) {
}
