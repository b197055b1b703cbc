package vn.sotay.cms.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.spi.cms.CmsScreens;

/**
 * The extender of {@link CmsScreens}: tracks active bundles declaring the header and answers which
 * bundle folder serves a screens id. Thread-safe; lookups see a bundle's screens from the moment it
 * is active until it starts stopping.
 */
@Component(service = ScreenRegistry.class, immediate = true)
public class ScreenRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenRegistry.class);
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    /** One screens set: id, bundle, folder in its jar (no trailing slash). */
    public record Screens(String id, Bundle bundle, String folder) {
        /** The file at a relative path, or empty. */
        Optional<URL> entry(String relative) {
            return Optional.ofNullable(bundle.getEntry(folder + "/" + relative));
        }

        /** Changes whenever the bundle is updated or reinstalled: for ETags and import URLs. */
        String stamp() {
            return bundle.getBundleId() + "-" + bundle.getLastModified();
        }
    }

    private final List<Screens> all = new ArrayList<>();
    private final BundleTracker<List<Screens>> tracker;

    @Activate
    public ScreenRegistry(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new BundleTrackerCustomizer<>() {
            @Override
            public List<Screens> addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(CmsScreens.HEADER);
                if (header == null) {
                    return null;
                }
                List<Screens> found = parse(header, bundle);
                synchronized (all) {
                    all.addAll(found);
                }
                LOG.info("CMS screens {} from bundle {}", found.stream().map(Screens::id).toList(), bundle.getSymbolicName());
                return found;
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, List<Screens> screens) {
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, List<Screens> screens) {
                synchronized (all) {
                    all.removeAll(screens);
                }
            }
        });
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    /** The screens serving {@code id} now: the lowest bundle id wins a clash. */
    public Optional<Screens> get(String id) {
        synchronized (all) {
            return all.stream().filter(s -> s.id().equals(id))
                    .min((a, b) -> Long.compare(a.bundle().getBundleId(), b.bundle().getBundleId()));
        }
    }

    /** Every screens id served now, with its stamp. */
    public Map<String, String> stamps() {
        Map<String, String> out = new TreeMap<>();
        synchronized (all) {
            for (Screens s : all) {
                get(s.id()).ifPresent(w -> out.put(w.id(), w.stamp()));
            }
        }
        return out;
    }

    /** The clauses of a header; malformed ones are logged and skipped. */
    static List<Screens> parse(String header, Bundle bundle) {
        List<Screens> out = new ArrayList<>();
        for (String clause : header.split(",")) {
            String[] parts = clause.trim().split(";");
            String id = parts[0].trim();
            String folder = "/cms/" + id;
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split(":?=", 2);
                if (kv.length == 2 && kv[0].trim().equals(CmsScreens.FOLDER)) {
                    folder = kv[1].trim().replace("\"", "");
                }
            }
            folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
            if (!ID.matcher(id).matches() || folder.contains("..")) {
                LOG.warn("Ignoring {} clause «{}» of bundle {}", CmsScreens.HEADER, clause,
                        bundle == null ? "?" : bundle.getSymbolicName());
                continue;
            }
            out.add(new Screens(id, bundle, folder.startsWith("/") ? folder : "/" + folder));
        }
        return out;
    }
}
