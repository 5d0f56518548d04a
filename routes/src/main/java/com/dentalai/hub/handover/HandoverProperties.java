package com.dentalai.hub.handover;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Handing a conversation to the clinic's staff and back ({@code hub.handover.*}).
 *
 * @param enabled false = no polling routes (handovers and alerts still reach Odoo)
 * @param pollInterval pause between two looks at one tenant's open handovers
 * @param quietTime the bot resumes when neither staff nor patient wrote for this long
 * @param activityType name of the Odoo activity type for the front desk ("To Do" in Odoo 17)
 * @param frontDeskLogin Odoo login the activities are assigned to; empty = the hub's own Odoo user
 * @param frontDeskLogins per tenant id, overrides {@code frontDeskLogin}
 * @param whatsappTemplate approved template (one body parameter: the staff reply) sent when
 *     WhatsApp's 24-hour window is closed
 * @param batch most staff messages relayed per handover and poll
 * @param lease how long one hub instance owns a handover while relaying, so two never send twice
 */
@Validated
@ConfigurationProperties("hub.handover")
public record HandoverProperties(
        boolean enabled,
        @NotNull Duration pollInterval,
        @NotNull Duration quietTime,
        @NotBlank String activityType,
        String frontDeskLogin,
        Map<String, String> frontDeskLogins,
        @NotBlank String whatsappTemplate,
        @Min(1) int batch,
        @NotNull Duration lease) {

    public HandoverProperties {
        frontDeskLogins = frontDeskLogins == null ? Map.of() : Map.copyOf(frontDeskLogins);
    }

    /** The Odoo login the tenant's front-desk activities go to, or null for the hub's own user. */
    String frontDeskLoginFor(String tenantId) {
        String login = frontDeskLogins.getOrDefault(tenantId, frontDeskLogin);
        return login == null || login.isBlank() ? null : login;
    }
}
