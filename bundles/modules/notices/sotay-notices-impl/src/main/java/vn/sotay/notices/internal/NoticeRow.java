package vn.sotay.notices.internal;

/** A notice with one member's receipt flags (both false when the member has no receipt). */
record NoticeRow(Notice notice, boolean read, boolean acknowledged) {
}
