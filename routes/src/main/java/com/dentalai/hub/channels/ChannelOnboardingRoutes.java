package com.dentalai.hub.channels;

import com.dentalai.hub.platform.gate.GatedRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Channel onboarding behind the gate: the tenant's admins (an HQ admin for its branches) and platform admins. */
@Component
class ChannelOnboardingRoutes extends RouteBuilder {

    static final String TELEGRAM_WEBHOOK = "direct:channels-telegram-webhook";
    static final String WHATSAPP_SETUP = "direct:channels-whatsapp-setup";

    private final ChannelOnboarding onboarding;

    ChannelOnboardingRoutes(ChannelOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public void configure() {
        // a setup refusal is the answer (not configured, wrong mode): retrying cannot change it
        onException(ChannelSetupException.class).maximumRedeliveries(0).handled(false);

        from(TELEGRAM_WEBHOOK)
                .routeId("channels-telegram-webhook")
                .routeProperty(GatedRoutes.PERMISSION, "CHANNELS_MANAGE")
                .bean(onboarding, "registerTelegramWebhook");

        from(WHATSAPP_SETUP)
                .routeId("channels-whatsapp-setup")
                .routeProperty(GatedRoutes.PERMISSION, "CHANNELS_MANAGE")
                .bean(onboarding, "whatsappSetup");
    }
}
