package com.dentalai.hub.domain.tenant;

import com.dentalai.hub.domain.support.Copies;
import java.time.LocalTime;
import java.util.Map;

/**
 * When and how appointment reminders and visit surveys go out. Defaults: 18:00 (tenant time) the
 * day before, no same-day reminder, WhatsApp templates {@code appointment_reminder} and {@code
 * visit_survey}, approved in Hebrew ({@code he}) and English ({@code en}).
 *
 * @param dayBeforeAt local time of the day-before reminder
 * @param whatsappTemplate the approved reminder template (body {{1}} clinic, {{2}} when; three
 *     quick replies: confirm, cancel, reschedule)
 * @param sameDayAt local time of an extra reminder on the day itself; null = none
 * @param templateLanguages conversation language → the template translation's code at Meta
 * @param surveyTemplate the approved survey template (body {{1}} clinic; five quick replies 1–5),
 *     used when the 24-hour window is closed
 */
public record ReminderSettings(
        LocalTime dayBeforeAt,
        String whatsappTemplate,
        LocalTime sameDayAt,
        Map<String, String> templateLanguages,
        String surveyTemplate) {

    public static final LocalTime DEFAULT_DAY_BEFORE_AT = LocalTime.of(18, 0);
    public static final String DEFAULT_WHATSAPP_TEMPLATE = "appointment_reminder";
    public static final String DEFAULT_SURVEY_TEMPLATE = "visit_survey";

    public ReminderSettings {
        dayBeforeAt = dayBeforeAt == null ? DEFAULT_DAY_BEFORE_AT : dayBeforeAt;
        whatsappTemplate =
                whatsappTemplate == null || whatsappTemplate.isBlank() ? DEFAULT_WHATSAPP_TEMPLATE : whatsappTemplate;
        templateLanguages = Copies.copy(templateLanguages);
        surveyTemplate = surveyTemplate == null || surveyTemplate.isBlank() ? DEFAULT_SURVEY_TEMPLATE : surveyTemplate;
    }

    public static ReminderSettings defaults() {
        return new ReminderSettings(null, null, null, null, null);
    }

    /** The approved translation for a conversation language: configured, else the language itself. */
    public String templateLanguage(String language) {
        String configured = templateLanguages.get(language);
        return configured == null || configured.isBlank() ? language : configured;
    }
}
