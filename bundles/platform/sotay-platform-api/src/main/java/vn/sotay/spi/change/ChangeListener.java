package vn.sotay.spi.change;

import org.osgi.annotation.versioning.ConsumerType;

import vn.sotay.api.change.ChangeEvent;

/**
 * Reacts to committed changes published on the {@link vn.sotay.api.change.ChangeBus}: evicts a
 * cache, updates the search index, notifies someone. Registered as a DS service (whiteboard); the
 * properties {@link #MODULE} and {@link #TYPE} (both {@code String+}) select the events it gets,
 * no property means every event.
 *
 * <p>Called on the platform's change dispatcher thread, one event at a time in publication order;
 * keep it short (a slow listener delays every other). Treat an event as "this entity changed, look
 * again": it may come late, after a later change of the same entity was already visible, or twice.
 * A listener that throws is logged; the event is not retried.
 *
 * <pre>{@code
 * @Component(property = {ChangeListener.MODULE + "=notices", ChangeListener.TYPE + "=notice"})
 * public class InboxCache implements ChangeListener {
 *     @Override public void changed(ChangeEvent e) {
 *         if (e.orgId() != null) byAudience.remove(e.orgId()); else byAudience.clear();
 *     }
 * }
 * }</pre>
 */
@ConsumerType
public interface ChangeListener {

    /** Service property: the module ids whose events the listener gets ({@code String+}). */
    String MODULE = "sotay.change.module";

    /** Service property: the entity types whose events the listener gets ({@code String+}). */
    String TYPE = "sotay.change.type";

    /** One committed change. */
    void changed(ChangeEvent event);
}
