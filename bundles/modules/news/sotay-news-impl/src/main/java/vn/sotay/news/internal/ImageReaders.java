package vn.sotay.news.internal;

import java.util.List;

/** Who may fetch an image without a signed URL: its uploader, and the readers of the articles showing it. */
record ImageReaders(long uploaderAccountId, List<Article> articles) {
}
