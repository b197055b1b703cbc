package vn.sotay.platform.rest.internal.live;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import vn.sotay.api.Caller;
import vn.sotay.api.live.LiveUpdates;

/**
 * {@link LiveUpdates} for one using bundle (bundle scope): the topics it opened close when the
 * bundle releases the service (it stops or is uninstalled), ending its followers' streams.
 */
@Component(service = LiveUpdates.class, scope = ServiceScope.BUNDLE)
public class LiveUpdatesImpl implements LiveUpdates {
    private final LiveHub hub;
    private final Set<String> opened = ConcurrentHashMap.newKeySet();

    @Activate
    public LiveUpdatesImpl(@Reference LiveHub hub) {
        this.hub = hub;
    }

    @Deactivate
    void release() {
        opened.forEach(hub::close);
        opened.clear();
    }

    @Override
    public LiveTopic open(String name, Predicate<Caller> mayFollow) {
        LiveHub.Topic t = hub.open(this, name, mayFollow);
        if (t.owner() != this) {
            throw new IllegalStateException("topic " + name + " is open by another bundle");
        }
        opened.add(name);
        return new LiveTopic() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void publish(String event, Object payload, Predicate<Caller> audience, String key) {
                hub.publish(name, event, null, c -> audience.test(c) ? payload : null, key);
            }

            @Override
            public void publishEach(String event, Long id, Function<Caller, Object> payloadFor) {
                hub.publish(name, event, id, payloadFor, null);
            }

            @Override
            public void close() {
                if (opened.remove(name)) {
                    hub.close(name);
                }
            }
        };
    }
}
