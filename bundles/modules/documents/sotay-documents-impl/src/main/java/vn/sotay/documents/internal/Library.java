package vn.sotay.documents.internal;

import java.util.List;
import java.util.Map;

/** Published documents, newest issued first, with a map by id. Immutable (see {@link DocumentLibrary}). */
record Library(List<Doc> newestFirst, Map<Long, Doc> byId) {
}
