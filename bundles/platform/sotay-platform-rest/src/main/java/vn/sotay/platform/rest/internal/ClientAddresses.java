package vn.sotay.platform.rest.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The client address of a request, for login throttling and the login records: the peer address,
 * or, when the peer is a configured trusted proxy, the right-most {@code X-Forwarded-For} entry that
 * is not itself a trusted proxy (what the nearest untrusted hop told the proxies). The header of an
 * untrusted peer is ignored: anyone can write it.
 */
@Component(service = ClientAddresses.class, configurationPid = "vn.sotay.http")
@Designate(ocd = ClientAddresses.Config.class)
public class ClientAddresses {

    @ObjectClassDefinition(name = "Sổ Tay HTTP clients", description = "How the client address of a request is found")
    public @interface Config {
        @AttributeDefinition(description = "IP addresses of the reverse proxies whose X-Forwarded-For header is "
                + "believed, comma separated, exactly as the proxy connects (e.g. 127.0.0.1); empty: none")
        String trustedProxies() default "";
    }

    /** Longest address kept (an IPv6 address with a zone fits). */
    static final int MAX_ADDRESS = 64;
    private final Set<String> trusted;

    @Activate
    public ClientAddresses(Config config) {
        this(Arrays.stream(config.trustedProxies().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    ClientAddresses(Set<String> trusted) {
        this.trusted = trusted;
    }

    /** The client address of {@code request}, {@code null} without a request. */
    public String of(HttpServletRequest request) {
        return request == null ? null : resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** {@link #of} from the peer address and the {@code X-Forwarded-For} header value (may be {@code null}). */
    String resolve(String peer, String forwardedFor) {
        if (peer == null || !trusted.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",", 64);
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!address(hop)) {
                return peer; // a malformed entry: believe nothing beyond the proxy
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /** An IPv4 or IPv6 literal (no name: nothing here ever resolves a name). */
    static boolean address(String s) {
        if (s.isEmpty() || s.length() > MAX_ADDRESS) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '.' || c == ':')) {
                return false;
            }
        }
        return true;
    }
}
