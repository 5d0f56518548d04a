package com.dentalai.hub.platform.security;

import com.dentalai.hub.domain.security.Principal;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated request: the principal is always a domain {@link Principal} (COMMON contract),
 * whichever way the caller proved who it is (hub JWT, external OIDC token, HTTP Basic).
 * Authorities are {@code ROLE_<role>} so URL rules can say {@code hasRole("OPERATOR")}.
 */
public final class HubAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    // sessions (operator console only) stay in memory and are never serialised
    // (server.servlet.session.persistent is off), and the domain Principal is not Serializable
    private final transient Principal principal;
    private final transient Object credentials;

    public HubAuthentication(Principal principal, Object credentials) {
        super(authorities(principal));
        this.principal = principal;
        this.credentials = credentials;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(Principal principal) {
        return principal.roles().stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }

    @Override
    public Principal getPrincipal() {
        return principal;
    }

    @Override
    public Object getCredentials() {
        return credentials;
    }

    @Override
    public String getName() {
        return principal.name();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HubAuthentication other && super.equals(other) && principal.equals(other.principal);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + principal.hashCode();
    }
}
