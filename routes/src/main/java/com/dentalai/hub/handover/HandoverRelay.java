package com.dentalai.hub.handover;

import com.dentalai.hub.channels.ReplySender;
import com.dentalai.hub.conversation.ConversationStore;
import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.channel.WindowClosedException;
import com.dentalai.hub.domain.clinic.ChatterMessage;
import com.dentalai.hub.domain.conversation.Conversation;
import com.dentalai.hub.domain.conversation.Dana;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One poll of a tenant's handovers: relays the staff replies written on each patient's chatter
 * since the cursor, in order, then resumes the bot when staff marked the activity done or the
 * conversation has been quiet for the configured time. Each handover is leased while it is worked
 * on and its cursor moves after every sent message, so a message goes out once even with several
 * hub instances polling.
 */
@Component
class HandoverRelay {

    private static final Logger LOG = LoggerFactory.getLogger(HandoverRelay.class);
    /** WhatsApp refuses a template parameter above 1024 characters. */
    private static final int TEMPLATE_PARAMETER_CHARS = 1000;

    private final TenantDirectory tenants;
    private final HandoverStore store;
    private final OdooFrontDesk frontDesk;
    private final ConversationStore conversations;
    private final Dana dana;
    private final ReplySender sender;
    private final HandoverProperties properties;
    private final HandoverActivities activities;
    private final Clock clock = Clock.systemUTC();

    HandoverRelay(
            TenantDirectory tenants,
            HandoverStore store,
            OdooFrontDesk frontDesk,
            ConversationStore conversations,
            Dana dana,
            ReplySender sender,
            HandoverProperties properties,
            HandoverActivities activities) {
        this.tenants = tenants;
        this.activities = activities;
        this.store = store;
        this.frontDesk = frontDesk;
        this.conversations = conversations;
        this.dana = dana;
        this.sender = sender;
        this.properties = properties;
    }

    /** The polling route's step, for the tenant of the exchange's context. */
    void poll(Exchange exchange) {
        Tenant tenant = tenants.require(
                exchange.getProperty(HubContext.PROPERTY, HubContext.class).tenantId());
        for (Handover handover : store.pending(tenant.id())) {
            if (!store.lease(tenant.id(), handover.id(), clock.instant(), properties.lease())) {
                continue; // another instance is on it
            }
            try {
                work(tenant, handover);
            } catch (RuntimeException e) {
                // one handover's trouble (Odoo down, a channel refusing) must not hold up the others;
                // the cursor stayed where it was, so the next poll tries again
                LOG.warn(
                        "handover {} of tenant {}: {} (retried on the next poll)",
                        handover.id(),
                        tenant.id(),
                        e.getClass().getSimpleName());
            } finally {
                store.release(tenant.id(), handover.id());
            }
        }
    }

    private void work(Tenant tenant, Handover handover) {
        if (Handover.RESUMED.equals(handover.state())) {
            confirmResumed(handover);
            return;
        }
        Long activity = handover.odooActivityId();
        if (activity == null && handover.startedAt().plus(properties.lease()).isBefore(clock.instant())) {
            // the turn's own attempt failed (Odoo down); a younger handover may still be mid-turn
            activity = activities.ensure(tenant, handover);
        }
        Instant lastMessage = handover.lastMessageAt();
        if (handover.hasChatter()) {
            OdooFrontDesk.Target chatter = new OdooFrontDesk.Target(handover.odooModel(), handover.odooRecordId());
            List<ChatterMessage> replies =
                    frontDesk.staffReplies(tenant, chatter, handover.lastStaffMessageId(), properties.batch());
            for (ChatterMessage reply : replies) {
                if (!reply.text().isBlank()) {
                    relay(tenant, handover, reply.text());
                }
                lastMessage = clock.instant();
                store.relayed(tenant.id(), handover.id(), reply.id(), lastMessage);
            }
        }
        Instant now = clock.instant();
        if (activity != null && !frontDesk.activityOpen(tenant, activity)) {
            resume(tenant, handover, "done", now);
        } else if (lastMessage.plus(properties.quietTime()).isBefore(now)) {
            resume(tenant, handover, "quiet", now);
        }
    }

    private void relay(Tenant tenant, Handover handover, String text) {
        String body = text.length() > OutboundMessage.MAX_TEXT ? text.substring(0, OutboundMessage.MAX_TEXT) : text;
        try {
            sender.send(tenant, handover.channel(), handover.conversationKey(), new OutboundMessage.Text(body));
        } catch (WindowClosedException e) {
            // the patient last wrote more than 24 h ago: only an approved template reaches them
            sender.send(tenant, handover.channel(), handover.conversationKey(), template(handover, text));
        }
    }

    private OutboundMessage template(Handover handover, String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.length() > TEMPLATE_PARAMETER_CHARS) {
            oneLine = oneLine.substring(0, TEMPLATE_PARAMETER_CHARS - 1) + "…";
        }
        String language = language(handover).orElse("he");
        return new OutboundMessage.Template(properties.whatsappTemplate(), language, List.of(oneLine), List.of());
    }

    private Optional<String> language(Handover handover) {
        return conversations
                .load(handover.tenant(), handover.channel(), handover.conversationKey())
                .map(Conversation::language);
    }

    /** Dana answers again from the next message; the patient is told so (on an open channel window). */
    private void resume(Tenant tenant, Handover handover, String reason, Instant now) {
        Optional<Conversation> state =
                conversations.load(handover.tenant(), handover.channel(), handover.conversationKey());
        if (state.isPresent() && state.get().paused()) {
            conversations.save(dana.resume(state.get()));
            tellBack(
                    tenant,
                    handover.channel(),
                    handover.conversationKey(),
                    state.get().language());
        }
        store.resumed(tenant.id(), handover.id(), reason, now);
        LOG.info("handover {} of tenant {} resumed ({})", handover.id(), tenant.id(), reason);
    }

    /**
     * The next poll after a resume: a turn that was running while the bot resumed may have stored
     * its older, paused state over the resumed one. A pause that began before the resume is that
     * lost update; a later one is a new handover and stays.
     */
    private void confirmResumed(Handover handover) {
        Optional<Conversation> state =
                conversations.load(handover.tenant(), handover.channel(), handover.conversationKey());
        if (state.isPresent()
                && state.get().paused()
                && state.get().pausedSince() != null
                && !state.get().pausedSince().isAfter(handover.resumedAt())) {
            conversations.save(dana.resume(state.get()));
        }
        store.closed(handover.tenant(), handover.id());
    }

    private void tellBack(Tenant tenant, Channel channel, String key, String language) {
        String text = "en".equals(language)
                ? "Thanks for waiting. I'm the clinic's assistant again: write to me anytime to book, cancel or ask."
                : "תודה על הסבלנות. אני שוב העוזרת הדיגיטלית של המרפאה: אפשר לכתוב לי בכל עת כדי לקבוע, לבטל או לשאול.";
        try {
            sender.send(tenant, channel, key, new OutboundMessage.Text(text));
        } catch (WindowClosedException e) {
            // not worth a paid template: the patient sees Dana answer when they next write
            LOG.debug("resume notice not sent: the WhatsApp window is closed");
        }
    }
}
