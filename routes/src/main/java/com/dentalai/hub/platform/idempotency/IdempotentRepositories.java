package com.dentalai.hub.platform.idempotency;

import com.dentalai.hub.platform.db.TenantTransactions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Hands out the persistent idempotent repository of one processor (one at-least-once input).
 * Route authors write:
 *
 * <pre>{@code
 * from("jms:queue:{{hub.channels.telegram-inbound}}")
 *     .routeId("telegram-inbound")
 *     .routeProperty(GatedRoutes.PERMISSION, "WEBHOOK_INGEST")
 *     .idempotentConsumer(header("TelegramUpdateId"), repositories.forProcessor("telegram-updates"))
 *     …
 * }</pre>
 *
 * Place it after the route's first step only in the sense of the DSL: the gate always runs
 * first, so the key is filed under the exchange's tenant.
 */
@Component
public class IdempotentRepositories {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,62}");

    private final TenantTransactions tx;
    private final Map<String, TenantIdempotentRepository> byProcessor = new ConcurrentHashMap<>();

    IdempotentRepositories(TenantTransactions tx) {
        this.tx = tx;
    }

    public TenantIdempotentRepository forProcessor(String processorName) {
        if (processorName == null || !NAME.matcher(processorName).matches()) {
            throw new IllegalArgumentException("Processor names match " + NAME + ": " + processorName);
        }
        return byProcessor.computeIfAbsent(processorName, name -> new TenantIdempotentRepository(name, tx));
    }
}
