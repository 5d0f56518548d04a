package com.dentalai.hub.platform.security;

import com.dentalai.hub.domain.audit.AuditEvent.Outcome;
import com.dentalai.hub.platform.web.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a username and password (the login API and HTTP Basic for the operator console share it).
 * Every refusal looks the same to the caller, whether the user is unknown, disabled, locked or the
 * password wrong, and takes about as long (a BCrypt check always runs), so nobody can tell which
 * accounts exist.
 */
@Service
class LoginService {

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final SecurityAudit audit;
    private final SecurityProperties props;
    private final String dummyHash;
    private final Clock clock = Clock.systemUTC();

    LoginService(
            UserStore users,
            PasswordEncoder passwords,
            LoginThrottle throttle,
            SecurityAudit audit,
            SecurityProperties props) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.props = props;
        this.dummyHash = passwords.encode("timing-equaliser-not-a-password");
    }

    /** Too many failures from one address: 429 before any password is checked. */
    static final class ThrottledException extends ProblemException {

        private static final long serialVersionUID = 1L;

        ThrottledException(long retryAfter) {
            super(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "login-throttled",
                    "Too many failed logins; retry in " + retryAfter + " s");
            problem().setProperty("retry_after", retryAfter);
        }

        HttpHeaders headers() {
            HttpHeaders h = new HttpHeaders();
            h.set(
                    HttpHeaders.RETRY_AFTER,
                    String.valueOf(problem().getProperties().get("retry_after")));
            return h;
        }
    }

    /**
     * @return the authenticated account
     * @throws BadCredentialsException for every kind of refusal (one message, one status)
     * @throws ThrottledException when the client address is over its failure budget
     */
    UserAccount authenticate(String username, String password, String clientAddress) {
        long retryAfter = throttle.retryAfterSeconds(clientAddress);
        if (retryAfter > 0) {
            throw new ThrottledException(retryAfter);
        }
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        String secret = password == null ? "" : password;
        Optional<UserStore.LoginRecord> found = name.isEmpty() ? Optional.empty() : users.loginLookup(name);
        if (found.isEmpty()) {
            passwords.matches(secret, dummyHash);
            return refuse(null, null, clientAddress, "unknown_user");
        }
        UserStore.LoginRecord user = found.get();
        Instant now = clock.instant();
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
            passwords.matches(secret, dummyHash);
            return refuse(user, null, clientAddress, "locked");
        }
        boolean usable = user.enabled() && user.passwordHash() != null;
        boolean ok = passwords.matches(secret, usable ? user.passwordHash() : dummyHash) && usable;
        if (!ok) {
            Optional<Instant> lockedUntil = users.loginResult(
                    user.id(),
                    false,
                    props.lockout().maxFailures(),
                    props.lockout().duration());
            return refuse(user, lockedUntil.orElse(null), clientAddress, usable ? "bad_password" : "disabled");
        }
        users.loginResult(
                user.id(), true, props.lockout().maxFailures(), props.lockout().duration());
        UserAccount account = user.account();
        audit.record(
                user.tenantId(),
                user.id().toString(),
                SecurityAudit.LOGIN,
                user.id().toString(),
                Outcome.SUCCESS,
                clientAddress,
                Map.of());
        return account;
    }

    private UserAccount refuse(UserStore.LoginRecord user, Instant lockedNow, String clientAddress, String reason) {
        throttle.failed(clientAddress);
        String tenant = user == null ? null : user.tenantId();
        String actor = user == null ? "anonymous" : user.id().toString();
        String objectId = user == null ? null : user.id().toString();
        audit.record(
                tenant, actor, SecurityAudit.LOGIN, objectId, Outcome.FAILURE, clientAddress, Map.of("reason", reason));
        if (lockedNow != null) {
            audit.record(
                    tenant,
                    actor,
                    SecurityAudit.LOCKOUT,
                    objectId,
                    Outcome.DENIED,
                    clientAddress,
                    Map.of("locked_until", lockedNow.toString()));
        }
        throw new BadCredentialsException("Bad credentials");
    }
}
