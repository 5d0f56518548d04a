package com.dentalai.hub.platform.security;

import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.platform.audit.AuditTrail;
import com.dentalai.hub.platform.web.CorrelationIdFilter;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The audit verbs of authentication and user management. Nothing typed by an anonymous caller
 * (an unknown username may be a mistyped password) is ever written: unknown users are "anonymous".
 */
@Component
class SecurityAudit {

    static final String LOGIN = "auth.login";
    static final String LOCKOUT = "auth.lockout";
    static final String USER_CREATE = "user.create";
    static final String USER_ROLES = "user.roles.change";
    static final String USER_IMPORT = "user.import";
    static final String INVITE_ACCEPT = "user.invite.accept";

    private final AuditTrail trail;
    private final Clock clock;

    SecurityAudit(AuditTrail trail) {
        this.trail = trail;
        this.clock = Clock.systemUTC();
    }

    void record(
            String tenant,
            String actor,
            String verb,
            String objectId,
            AuditEvent.Outcome outcome,
            String ip,
            Map<String, String> extra) {
        trail.record(new AuditEvent(
                clock.instant(),
                tenant,
                actor,
                verb,
                "user",
                objectId,
                outcome,
                ip,
                CorrelationIdFilter.current(),
                extra));
    }
}
