package vn.sotay.documents.internal;

import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.sotay.api.persistence.PersistenceUnit;

/** Bookmarks ("xem sau", DOC_BOOKMARK), cached per account and dropped by the account's own changes. */
final class Bookmarks {
    private final PersistenceUnit unit;
    private final Map<Long, List<Long>> bookmarks = new ConcurrentHashMap<>();

    Bookmarks(PersistenceUnit unit) {
        this.unit = unit;
    }


    /** The account's bookmarked document ids, newest first (cached per account). */
    List<Long> of(long accountId) {
        return bookmarks.computeIfAbsent(accountId, a -> unit.read(em -> em.createNativeQuery(
                "SELECT DOCUMENT_ID FROM DOC_BOOKMARK WHERE ACCOUNT_ID = ? ORDER BY CREATED_AT DESC, DOCUMENT_ID DESC")
                .setParameter(1, a).getResultList().stream().map(o -> ((Number) o).longValue()).toList()));
    }

    /** Adds a bookmark; true when it was new. */
    boolean add(long accountId, long documentId, Instant now) {
        if (of(accountId).contains(documentId)) {
            return false;
        }
        unit.write(em -> em.createNativeQuery("INSERT INTO DOC_BOOKMARK (ACCOUNT_ID, DOCUMENT_ID, CREATED_AT) VALUES (?, ?, ?)")
                .setParameter(1, accountId).setParameter(2, documentId)
                .setParameter(3, java.sql.Timestamp.valueOf(utc(now))).executeUpdate());
        bookmarks.remove(accountId);
        return true;
    }

    /** Removes a bookmark; true when there was one. */
    boolean remove(long accountId, long documentId) {
        int n = unit.write(em -> em.createNativeQuery("DELETE FROM DOC_BOOKMARK WHERE ACCOUNT_ID = ? AND DOCUMENT_ID = ?")
                .setParameter(1, accountId).setParameter(2, documentId).executeUpdate());
        bookmarks.remove(accountId);
        return n > 0;
    }
}
