package com.dentalai.hub.channels;

import com.dentalai.hub.domain.tenant.ChannelBindings;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.gate.GatedRoutes;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Telegram long polling: one route per tenant whose tenants-file entry says {@code
 * channels.telegram.mode: polling} (so one bot's trouble never delays another's), each on its own
 * scheduler thread, polling again {@code hub.channels.telegram.polling.delay} after each long poll
 * ends. Updates join the webhook's path at the inbound queue. Tenants switched to polling while the
 * hub runs get their route at the next restart.
 */
@Component
class TelegramPollingRoutes extends RouteBuilder {

    private final TelegramPollingProperties polling;
    private final TenantDirectory tenants;
    private final TelegramPoller poller;

    TelegramPollingRoutes(TelegramPollingProperties polling, TenantDirectory tenants, TelegramPoller poller) {
        this.polling = polling;
        this.tenants = tenants;
        this.poller = poller;
    }

    static String routeId(String tenantId) {
        return "telegram-poll-" + tenantId;
    }

    @Override
    public void configure() {
        if (!polling.enabled()) {
            return;
        }
        for (Tenant tenant : tenants.all()) {
            ChannelBindings.Telegram telegram = tenant.channels().telegram();
            if (telegram == null || telegram.mode() != ChannelBindings.Telegram.Mode.POLLING) {
                continue;
            }
            from("scheduler:" + routeId(tenant.id()) + "?delay="
                            + polling.delay().toMillis() + "&initialDelay="
                            + polling.delay().toMillis())
                    .routeId(routeId(tenant.id()))
                    .routeProperty(GatedRoutes.PERMISSION, "WEBHOOK_INGEST")
                    .routeProperty(GatedRoutes.RUN_AS, TelegramPoller.PRINCIPAL)
                    .routeProperty(GatedRoutes.TENANT, tenant.id())
                    .setHeader(TelegramPoller.TENANT_HEADER, constant(tenant.id()))
                    .bean(poller, "poll");
        }
    }
}
