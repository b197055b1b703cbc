package vn.sotay.api.schedule;

import org.osgi.annotation.versioning.ProviderType;

/** A scheduled job: its name and the way to stop it. */
@ProviderType
public interface Job {

    /** The name given when scheduling ({@code news.views}): it names the job in the log. */
    String name();

    /**
     * Stops the job: it does not run again. A run in progress is not interrupted and finishes;
     * cancelling twice is harmless.
     */
    void cancel();

    /** True once {@link #cancel()} was called, the one-shot job ran, or its bundle stopped. */
    boolean done();
}
