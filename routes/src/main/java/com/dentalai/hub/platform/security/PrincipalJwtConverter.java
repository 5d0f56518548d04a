package com.dentalai.hub.platform.security;

import com.dentalai.hub.domain.security.Principal;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * JWT → {@link HubAuthentication} whose principal is a domain {@link Principal}. The claim names
 * are configurable so an external OIDC issuer's tokens map the same way as the hub's own.
 */
final class PrincipalJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String usernameClaim;
    private final String tenantClaim;
    private final String rolesClaim;

    PrincipalJwtConverter(String usernameClaim, String tenantClaim, String rolesClaim) {
        this.usernameClaim = usernameClaim;
        this.tenantClaim = tenantClaim;
        this.rolesClaim = rolesClaim;
    }

    static PrincipalJwtConverter hub() {
        return new PrincipalJwtConverter(TokenIssuer.CLAIM_USERNAME, TokenIssuer.CLAIM_TENANT, TokenIssuer.CLAIM_ROLES);
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String subject = jwt.getSubject();
        String name = jwt.getClaimAsString(usernameClaim);
        List<String> roles = jwt.hasClaim(rolesClaim) ? jwt.getClaimAsStringList(rolesClaim) : List.of();
        Principal principal = new Principal(
                subject,
                name == null ? subject : name,
                PlatformTenant.fromDatabase(jwt.getClaimAsString(tenantClaim)),
                Roles.parse(roles == null ? List.of() : roles));
        return new HubAuthentication(principal, jwt);
    }
}
