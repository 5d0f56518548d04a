package com.dentalai.hub.reminders;

import com.dentalai.hub.channels.ReplySender;
import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.ChannelSendException;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.channel.WindowClosedException;
import com.dentalai.hub.domain.reminders.ReminderChoice;
import com.dentalai.hub.domain.reminders.ReminderChoice.Answer;
import com.dentalai.hub.domain.reminders.ReminderKind;
import com.dentalai.hub.domain.reminders.ReminderTexts;
import com.dentalai.hub.domain.tenant.ReminderSettings;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Sends one claimed row on the patient's channel, falling back as docs/reminders.md says:
 * reminders (essential) go WhatsApp template → Telegram → SMS hook → an Odoo activity for the front
 * desk, so a reminder never silently disappears; surveys (non-essential) go only to patients who did
 * not opt out, on WhatsApp (a list inside the 24-hour window, else the survey template) or Telegram,
 * and are skipped when neither reaches the patient. A transient channel failure is thrown, so the
 * dispatcher tries the row again later.
 */
@Component
class ReminderDelivery {

    static final String ACTIVITY = "ACTIVITY";
    static final String SMS = "SMS";

    /** Where a row went (or why it did not), PHI-free. */
    record Delivered(String state, String channel, String conversationKey, String outcome) {}

    private final TenantDirectory tenants;
    private final PatientChannels channels;
    private final ReplySender sender;
    private final SmsHook sms;
    private final FrontDesk desk;
    private final OptOuts optOuts;

    ReminderDelivery(
            TenantDirectory tenants,
            PatientChannels channels,
            ReplySender sender,
            SmsHook sms,
            FrontDesk desk,
            OptOuts optOuts) {
        this.tenants = tenants;
        this.channels = channels;
        this.sender = sender;
        this.sms = sms;
        this.desk = desk;
        this.optOuts = optOuts;
    }

    Delivered deliver(ReminderRow row) {
        Tenant tenant = tenants.require(row.tenantId());
        PatientChannels.Reach reach = channels.reach(tenant, row.patientRef());
        return row.kind() == ReminderKind.SURVEY ? survey(tenant, row, reach) : reminder(tenant, row, reach);
    }

    /** The last resort for an essential message: a to-do for the front desk in Odoo. */
    Delivered activity(ReminderRow row, String why) {
        Tenant tenant = tenants.require(row.tenantId());
        String when = ReminderTexts.when(row.appointmentStart(), tenant.timezone(), "en");
        desk.callPatient(
                tenant,
                row.appointmentRef(),
                "Call the patient: appointment reminder",
                "The reminder for the appointment on " + when + " could not be sent (" + why
                        + "). Please call the patient to confirm.");
        return new Delivered(ReminderRow.SENT, ACTIVITY, null, why);
    }

    private Delivered reminder(Tenant tenant, ReminderRow row, PatientChannels.Reach reach) {
        List<String> problems = new ArrayList<>();
        for (Channel channel : order(reach)) {
            try {
                if (channel == Channel.WHATSAPP) {
                    String to = reach.whatsapp().orElseThrow();
                    sender.send(tenant, channel, to, reminderTemplate(tenant, row, reach.language()));
                    return new Delivered(ReminderRow.SENT, channel.name(), to, "template");
                }
                String chat = reach.telegram().orElseThrow();
                sender.send(
                        tenant,
                        channel,
                        chat,
                        ReminderTexts.reminder(
                                row.id(), tenant.name(), row.appointmentStart(), tenant.timezone(), reach.language()));
                return new Delivered(
                        ReminderRow.SENT, channel.name(), chat, problems.isEmpty() ? "buttons" : "fallback");
            } catch (ChannelSendException e) {
                if (e.isRetryable()) {
                    throw e;
                }
                problems.add(channel.name() + " "
                        + e.providerCode().map(String::valueOf).orElse(e.kind().name()));
            }
        }
        if (sms.available() && reach.e164().isPresent()) {
            sms.send(
                    tenant.id(),
                    reach.e164().get(),
                    ReminderTexts.reminderSms(
                            tenant.name(),
                            tenant.phone(),
                            row.appointmentStart(),
                            tenant.timezone(),
                            reach.language()));
            return new Delivered(ReminderRow.SENT, SMS, null, String.join(", ", problems));
        }
        if (reach.phoneProblem() != null) {
            problems.add(reach.phoneProblem());
        }
        if (problems.isEmpty()) {
            problems.add("no channel for the patient");
        }
        return activity(row, String.join(", ", problems));
    }

    private Delivered survey(Tenant tenant, ReminderRow row, PatientChannels.Reach reach) {
        if (optOuts.optedOut(tenant.id(), row.patientRef(), null, null)) {
            return new Delivered(ReminderRow.SKIPPED, null, null, "opted out");
        }
        for (Channel channel : order(reach)) {
            String key = channel == Channel.WHATSAPP
                    ? reach.whatsapp().orElseThrow()
                    : reach.telegram().orElseThrow();
            if (optOuts.optedOut(tenant.id(), null, channel, key)) {
                return new Delivered(ReminderRow.SKIPPED, channel.name(), key, "opted out");
            }
            OutboundMessage survey = ReminderTexts.survey(row.id(), tenant.name(), reach.language());
            try {
                try {
                    sender.send(tenant, channel, key, survey);
                    return new Delivered(ReminderRow.SENT, channel.name(), key, survey.kind());
                } catch (WindowClosedException closed) {
                    sender.send(tenant, channel, key, surveyTemplate(tenant, row, reach.language()));
                    return new Delivered(ReminderRow.SENT, channel.name(), key, "template");
                }
            } catch (ChannelSendException e) {
                if (e.isRetryable()) {
                    throw e;
                }
            }
        }
        return new Delivered(ReminderRow.SKIPPED, null, null, "no channel reached the patient");
    }

    private static List<Channel> order(PatientChannels.Reach reach) {
        List<Channel> order = new ArrayList<>();
        if (reach.telegramFirst()) {
            order.add(Channel.TELEGRAM);
        }
        if (reach.whatsapp().isPresent()) {
            order.add(Channel.WHATSAPP);
        }
        if (reach.telegram().isPresent() && !reach.telegramFirst()) {
            order.add(Channel.TELEGRAM);
        }
        return order;
    }

    private static OutboundMessage.Template reminderTemplate(Tenant tenant, ReminderRow row, String language) {
        ReminderSettings settings = tenant.reminders();
        return new OutboundMessage.Template(
                settings.whatsappTemplate(),
                settings.templateLanguage(language),
                List.of(tenant.name(), ReminderTexts.when(row.appointmentStart(), tenant.timezone(), language)),
                List.of(
                        ReminderChoice.reminder(row.id(), Answer.CONFIRM),
                        ReminderChoice.reminder(row.id(), Answer.CANCEL),
                        ReminderChoice.reminder(row.id(), Answer.RESCHEDULE)));
    }

    private static OutboundMessage.Template surveyTemplate(Tenant tenant, ReminderRow row, String language) {
        ReminderSettings settings = tenant.reminders();
        List<String> payloads = new ArrayList<>();
        for (int rating = 1; rating <= 5; rating++) {
            payloads.add(ReminderChoice.rating(row.id(), rating));
        }
        return new OutboundMessage.Template(
                settings.surveyTemplate(), settings.templateLanguage(language), List.of(tenant.name()), payloads);
    }
}
