package com.dentalai.hub.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * HTTP Basic against the hub's own users (the operator console and the metrics scrape), with the
 * same lockout, throttle and audit as the login API.
 */
final class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final LoginService login;

    PasswordAuthenticationProvider(LoginService login) {
        this.login = login;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
        try {
            UserAccount user = login.authenticate(
                    authentication.getName(), String.valueOf(authentication.getCredentials()), address);
            return new HubAuthentication(user.toPrincipal(), null);
        } catch (LoginService.ThrottledException e) {
            throw new BadCredentialsException("Bad credentials", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
