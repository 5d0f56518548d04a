package com.dentalai.hub.webchat;

import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Which browser origins may call the web chat for a tenant: the hub's own (its widget page), the
 * tenant's {@code channels.webchat.allowed-origins}, and the hub-wide
 * {@code hub.channels.webchat.allowed-origins}. A request without an {@code Origin} header is
 * refused: every browser sends one on a POST, so its absence means a script, not a patient.
 */
@Component
class WebChatOrigins {

    private final TenantDirectory tenants;
    private final WebChatProperties props;

    WebChatOrigins(TenantDirectory tenants, WebChatProperties props) {
        this.tenants = tenants;
        this.props = props;
    }

    boolean allowed(Tenant tenant, String origin, HttpServletRequest request) {
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            return false;
        }
        String o = normalise(origin);
        return o.equals(self(request))
                || tenant.channels().webchat().allowedOrigins().stream()
                        .map(WebChatOrigins::normalise)
                        .anyMatch(o::equals)
                || props.allowedOrigins().stream()
                        .map(WebChatOrigins::normalise)
                        .anyMatch(o::equals);
    }

    /** For a CORS preflight, which names no tenant: an origin some tenant (or the hub) allows. */
    boolean allowedForAnyTenant(String origin, HttpServletRequest request) {
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            return false;
        }
        return tenants.all().stream().anyMatch(t -> allowed(t, origin, request));
    }

    /** The origin the hub itself is served from, as the browser sees it (scheme, host, port). */
    static String self(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static String normalise(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
