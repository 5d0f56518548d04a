package com.dentalai.hub.platform.security;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Mints the hub's own HS256 access tokens. */
@Component
class TokenIssuer {

    static final String CLAIM_USERNAME = "preferred_username";
    static final String CLAIM_TENANT = "tenant";
    static final String CLAIM_ROLES = "roles";

    private final JwtEncoder encoder;
    private final SecurityProperties props;
    private final Clock clock = Clock.systemUTC();

    TokenIssuer(JwtEncoder encoder, SecurityProperties props) {
        this.encoder = encoder;
        this.props = props;
    }

    record AccessToken(String value, long expiresInSeconds) {}

    AccessToken issue(UserAccount user) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(props.issuer())
                .subject(user.id().toString())
                .issuedAt(now)
                .expiresAt(now.plus(props.tokenTtl()))
                .claim(CLAIM_USERNAME, user.username())
                .claim(
                        CLAIM_ROLES,
                        user.roles().stream().map(Enum::name).sorted().toList());
        if (user.tenant() != null) {
            claims.claim(CLAIM_TENANT, user.tenant());
        }
        String token = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
        return new AccessToken(token, props.tokenTtl().toSeconds());
    }
}
