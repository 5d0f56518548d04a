package com.dentalai.hub.domain.tenant;

import java.time.LocalTime;

/**
 * When and how appointment reminders go out. Defaults: 18:00 (tenant time) the day before, WhatsApp
 * template {@code appointment_reminder}.
 */
public record ReminderSettings(LocalTime dayBeforeAt, String whatsappTemplate) {

    public static final LocalTime DEFAULT_DAY_BEFORE_AT = LocalTime.of(18, 0);
    public static final String DEFAULT_WHATSAPP_TEMPLATE = "appointment_reminder";

    public ReminderSettings {
        dayBeforeAt = dayBeforeAt == null ? DEFAULT_DAY_BEFORE_AT : dayBeforeAt;
        whatsappTemplate =
                whatsappTemplate == null || whatsappTemplate.isBlank() ? DEFAULT_WHATSAPP_TEMPLATE : whatsappTemplate;
    }

    public static ReminderSettings defaults() {
        return new ReminderSettings(null, null);
    }
}
