package vn.sotay.documents.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.LoggerFactory;

import vn.sotay.api.change.ChangeBus;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.schedule.Job;
import vn.sotay.api.schedule.Scheduler;

/**
 * Downloads, counted in memory per day, reader organisation and document, and written every
 * {@link #FLUSH} in one transaction by a job on the platform scheduler ({@code documents.downloads})
 * and when the module stops. After a write it publishes one change of type {@value #TYPE} (no
 * search type: the index ignores it; the library reloads the counts).
 */
final class DownloadCounter {
    static final Duration FLUSH = Duration.ofSeconds(5);
    static final String TYPE = "downloads";

    private record Download(LocalDate day, long orgId, long documentId) {
    }

    private final PersistenceUnit unit;
    private final ChangeBus changes;
    private final Map<Download, LongAdder> downloads = new ConcurrentHashMap<>();
    private final Map<Long, LongAdder> pendingByDoc = new ConcurrentHashMap<>();
    private Job job;

    DownloadCounter(PersistenceUnit unit, ChangeBus changes) {
        this.unit = unit;
        this.changes = changes;
    }

    void start(Scheduler scheduler) {
        job = scheduler.every("documents.downloads", FLUSH, this::flush);
    }

    /** Stops the job and writes what is counted. */
    void stop() {
        if (job != null) {
            job.cancel();
        }
        try {
            flush();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DownloadCounter.class).warn("Download counts lost at stop: {}", e.toString());
        }
    }

    /** Counts one download by a reader of {@code orgId} on {@code day} (Vietnamese calendar). */
    void count(long documentId, long orgId, LocalDate day) {
        downloads.computeIfAbsent(new Download(day, orgId, documentId), k -> new LongAdder()).increment();
        pendingByDoc.computeIfAbsent(documentId, k -> new LongAdder()).increment();
    }

    /** Downloads of a document not yet written. */
    long pending(long documentId) {
        LongAdder p = pendingByDoc.get(documentId);
        return p == null ? 0 : p.sum();
    }

    /**
     * Writes the counted downloads (on failure they are counted again at the next flush), then,
     * holding no lock, publishes the change.
     */
    void flush() {
        LocalDate day = write();
        if (day != null) {
            changes.publishAndWait(ChangeEvent.updated(DocumentsModule.ID, TYPE, day, null), ChangeBus.WAIT);
        }
    }

    /** The day of one written count, {@code null} when nothing was pending. */
    private synchronized LocalDate write() {
        Map<Download, Long> batch = new LinkedHashMap<>();
        downloads.forEach((k, v) -> {
            long n = v.sumThenReset();
            if (n > 0) {
                batch.put(k, n);
            }
        });
        if (batch.isEmpty()) {
            return null;
        }
        Map<Long, Long> byDoc = new HashMap<>();
        batch.forEach((k, n) -> byDoc.merge(k.documentId(), n, Long::sum));
        try {
            unit.write(em -> {
                batch.forEach((k, n) -> {
                    java.sql.Date day = java.sql.Date.valueOf(k.day());
                    int updated = em.createNativeQuery("UPDATE DOC_DOWNLOAD SET N = N + ? WHERE DOWNLOAD_DAY = ? "
                            + "AND ORG_ID = ? AND DOCUMENT_ID = ?").setParameter(1, n).setParameter(2, day)
                            .setParameter(3, k.orgId()).setParameter(4, k.documentId()).executeUpdate();
                    if (updated == 0) {
                        em.createNativeQuery("INSERT INTO DOC_DOWNLOAD (DOWNLOAD_DAY, ORG_ID, DOCUMENT_ID, N) VALUES (?, ?, ?, ?)")
                                .setParameter(1, day).setParameter(2, k.orgId()).setParameter(3, k.documentId())
                                .setParameter(4, n).executeUpdate();
                    }
                });
                byDoc.forEach((d, n) -> em.createNativeQuery("UPDATE DOC_DOCUMENT SET DOWNLOADS = DOWNLOADS + ? WHERE ID = ?")
                        .setParameter(1, n).setParameter(2, d).executeUpdate());
                return null;
            });
        } catch (RuntimeException e) { // put them back: counted next time
            batch.forEach((k, n) -> downloads.computeIfAbsent(k, x -> new LongAdder()).add(n));
            throw e;
        }
        byDoc.forEach((d, n) -> pendingByDoc.computeIfAbsent(d, x -> new LongAdder()).add(-n));
        return batch.keySet().iterator().next().day();
    }
}
