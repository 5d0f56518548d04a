package com.dentalai.hub.platform.security;

import com.dentalai.hub.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * A stand-in audit trail that only logs, used when no real {@link AuditTrail} bean exists (this
 * module running without the audit pipeline). It is an auto-configuration so that the
 * {@code @ConditionalOnMissingBean} is evaluated after every application bean is known.
 * Events carry ids and verbs only, never PHI.
 */
@AutoConfiguration
public class LoggingAuditTrailConfiguration {

    @Bean
    @ConditionalOnMissingBean(AuditTrail.class)
    AuditTrail loggingAuditTrail() {
        Logger log = LoggerFactory.getLogger("com.dentalai.hub.audit");
        return event -> log.info(
                "audit verb={} outcome={} tenant={} actor={} object={}/{} correlation={} extra={}",
                event.verb(),
                event.outcome(),
                event.tenant(),
                event.actor(),
                event.objectType(),
                event.objectId(),
                event.correlationId(),
                event.extra());
    }
}
