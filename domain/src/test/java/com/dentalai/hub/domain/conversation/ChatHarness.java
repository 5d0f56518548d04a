package com.dentalai.hub.domain.conversation;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MessageContent;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.knowledge.KbFiles;
import com.dentalai.hub.domain.knowledge.Michal;
import com.dentalai.hub.domain.schedule.Schedule;
import com.dentalai.hub.domain.tenant.LocalizedText;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.domain.tenant.TenantKind;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Drives Dana like the routes will: keeps the state between turns (through its map form, as the
 * database would), numbers provider message ids, and collects what came back.
 */
final class ChatHarness {

    static final ZoneId ZONE = ZoneId.of("Asia/Jerusalem");
    /** Sunday 22 November 2026, 10:00 in Tel Aviv. */
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZONE);

    static final String PHONE = "+972501234567";

    static final Dana DANA = new Dana(new DeterministicBrain(), new Michal(KbFiles.knowledgeBase()));

    final Tenant tenant;
    final InMemoryTools tools;
    Conversation state;
    Turn last;
    boolean suspended;
    private final Channel channel;
    private final String senderPhone;
    private int ids;

    ChatHarness(Channel channel, String senderPhone) {
        this.tenant = tenant();
        this.tools = new InMemoryTools(tenant, NOW.toInstant());
        this.channel = channel;
        this.senderPhone = senderPhone;
    }

    /** WhatsApp, with the phone the channel vouches for. */
    static ChatHarness whatsapp() {
        return new ChatHarness(Channel.WHATSAPP, PHONE);
    }

    /** WhatsApp for a patient the clinic already knows. */
    static ChatHarness knownPatient() {
        ChatHarness h = whatsapp();
        h.tools.knownPatient(PHONE, "Noa Levi");
        return h;
    }

    static Tenant tenant() {
        Map<String, String> hours = new LinkedHashMap<>();
        for (String d : List.of("sun", "mon", "tue", "wed")) {
            hours.put(d, "08:00-18:00");
        }
        hours.put("thu", "08:00-14:00");
        Map<String, Map<String, String>> faq =
                Map.of("prices", new LinkedHashMap<>(Map.of("cleaning", "350 ₪", "checkup", "200 ₪")));
        return new Tenant(
                "smile-tlv",
                "Smile Tel Aviv",
                TenantKind.CLINIC,
                null,
                ZONE,
                "he",
                "+972-3-555-0100",
                LocalizedText.of(Map.of("he", "שדרות רוטשילד 1, תל אביב", "en", "1 Rothschild Blvd, Tel Aviv")),
                null,
                new Schedule(30, hours, null, null),
                faq,
                null,
                null,
                null);
    }

    Turn say(String text) {
        return send(new MessageContent.Text(text));
    }

    Turn tap(String optionId) {
        return send(new MessageContent.Choice(optionId, null, null));
    }

    Turn send(MessageContent content) {
        InboundMessage msg = new InboundMessage(
                "smile-tlv",
                channel,
                "wamid." + ++ids,
                "972501234567",
                "Noa",
                senderPhone,
                NOW.toInstant().plusSeconds(ids),
                content);
        Conversation current = state == null ? Dana.newConversation(msg, tenant) : state;
        last = DANA.handle(current, msg, new TurnContext(NOW, tenant, tools, suspended));
        // the routes keep the state as jsonb: go through the map form every turn
        state = Conversation.fromMap(last.next().toMap());
        return last;
    }

    String lastProviderId() {
        return "wamid." + ids;
    }

    /** Every reply of the last turn as text, options included as "[id|title]". */
    String text() {
        return render(last.replies());
    }

    static String render(List<OutboundMessage> replies) {
        return replies.stream().map(ChatHarness::render).collect(Collectors.joining("\n---\n"));
    }

    static String render(OutboundMessage m) {
        if (m instanceof OutboundMessage.Text t) {
            return t.body();
        }
        if (m instanceof OutboundMessage.Buttons b) {
            return b.text() + "\n"
                    + b.options().stream()
                            .map(o -> "[" + o.id() + "|" + o.title() + "]")
                            .collect(Collectors.joining(" "));
        }
        if (m instanceof OutboundMessage.ListMenu l) {
            return l.text() + "\n"
                    + l.rows().stream()
                            .map(o -> "[" + o.id() + "|" + o.title() + "]")
                            .collect(Collectors.joining(" "));
        }
        return m.kind();
    }

    /** Option ids offered in the last turn, in order. */
    List<String> optionIds() {
        List<String> ids = new ArrayList<>();
        for (OutboundMessage m : last.replies()) {
            if (m instanceof OutboundMessage.Buttons b) {
                b.options().forEach(o -> ids.add(o.id()));
            } else if (m instanceof OutboundMessage.ListMenu l) {
                l.rows().forEach(o -> ids.add(o.id()));
            }
        }
        return ids;
    }
}
