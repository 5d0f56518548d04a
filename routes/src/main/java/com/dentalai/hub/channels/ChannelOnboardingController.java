package com.dentalai.hub.channels;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.gate.GatedCalls;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/tenants/{id}/channels/telegram/webhook} (registers the bot's webhook)
 * and {@code GET /api/v1/admin/tenants/{id}/channels/whatsapp} (what to paste into Meta's console).
 * The gate decides and audits both (route.enter of channels-telegram-webhook / channels-whatsapp-setup).
 */
@RestController
class ChannelOnboardingController {

    private final GatedCalls calls;

    ChannelOnboardingController(GatedCalls calls) {
        this.calls = calls;
    }

    @PostMapping(path = "/api/v1/admin/tenants/{id}/channels/telegram/webhook", produces = "application/json")
    Map<?, ?> registerTelegramWebhook(@AuthenticationPrincipal Principal principal, @PathVariable String id) {
        return calls.request(ChannelOnboardingRoutes.TELEGRAM_WEBHOOK, principal, id, id, Map.of(), Map.class);
    }

    @GetMapping(path = "/api/v1/admin/tenants/{id}/channels/whatsapp", produces = "application/json")
    Map<?, ?> whatsapp(@AuthenticationPrincipal Principal principal, @PathVariable String id) {
        return calls.request(ChannelOnboardingRoutes.WHATSAPP_SETUP, principal, id, id, Map.of(), Map.class);
    }
}
