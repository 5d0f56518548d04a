package com.dentalai.hub.webchat;

import com.dentalai.hub.conversation.ConversationTurns;
import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MessageContent;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.conversation.Conversation;
import com.dentalai.hub.domain.conversation.Flow;
import com.dentalai.hub.domain.conversation.Step;
import com.dentalai.hub.domain.conversation.Turn;
import com.dentalai.hub.domain.phone.PhoneNumbers;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import com.dentalai.hub.platform.web.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * One web chat request, inside the gated {@code webchat-turn} route: answers a repeated client
 * message id from the stored answer, proves the patient's phone with a one-time code when Dana needs
 * to know who the patient is and the clinic has WhatsApp, and otherwise hands the message to Dana
 * through {@link ConversationTurns}, like the queued channels do.
 *
 * <p>Turns of one session run one at a time (a lock per session in this instance), because a turn
 * reads the conversation state and writes the next one.
 */
@Component
class WebChatConversation {

    static final String SKIP = "otp:skip";
    static final String RESEND = "otp:resend";

    private static final Logger LOG = LoggerFactory.getLogger(WebChatConversation.class);
    private static final int STRIPES = 64;

    private final ConversationTurns turns;
    private final TenantDirectory tenants;
    private final WebChatSessions sessions;
    private final OneTimeCodes codes;
    private final ObjectMapper json;
    private final WebChatProperties props;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    WebChatConversation(
            ConversationTurns turns,
            TenantDirectory tenants,
            WebChatSessions sessions,
            OneTimeCodes codes,
            ObjectMapper json,
            WebChatProperties props) {
        this.turns = turns;
        this.tenants = tenants;
        this.sessions = sessions;
        this.codes = codes;
        this.json = json;
        this.props = props;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** The route's step: the request in the body, the system principal's context in the exchange. */
    WebChatAnswer converse(WebChatRequest request, @ExchangeProperty(HubContext.PROPERTY) HubContext context) {
        ReentrantLock lock = locks[Math.floorMod((request.tenant() + "|" + request.sessionId()).hashCode(), STRIPES)];
        boolean locked;
        try {
            locked = lock.tryLock(props.sessionWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            throw new ProblemException(
                    HttpStatus.CONFLICT, "session-busy", "An earlier message of this session is still being answered");
        }
        try {
            Optional<WebChatAnswer> earlier = request.messageId() == null
                    ? Optional.empty()
                    : sessions.answer(request.tenant(), request.sessionId(), request.messageId())
                            .map(this::read);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            WebChatAnswer answer = answer(request, context);
            if (request.messageId() != null) {
                sessions.remember(request.tenant(), request.sessionId(), request.messageId(), write(answer));
            }
            return answer;
        } finally {
            lock.unlock();
        }
    }

    private WebChatAnswer answer(WebChatRequest request, HubContext context) {
        Tenant tenant = tenants.require(request.tenant());
        WebChatSession session = sessions.load(request.tenant(), request.sessionId());
        Outcome outcome =
                switch (session.phase()) {
                    case AWAIT_PHONE -> onPhone(request, session, tenant, context);
                    case AWAIT_CODE -> onCode(request, session, tenant, context);
                    default -> dana(request, session, tenant, context);
                };
        if (!outcome.session().equals(session)) {
            sessions.save(outcome.session());
        }
        return new WebChatAnswer(outcome.replies());
    }

    private record Outcome(WebChatSession session, List<WebChatAnswer.Reply> replies) {}

    // ------------------------------------------------------------------ Dana

    private Outcome dana(WebChatRequest request, WebChatSession session, Tenant tenant, HubContext context) {
        Turn turn = turns.turn(inbound(request, session), context);
        Conversation next = turn.next();
        List<WebChatAnswer.Reply> replies = replies(turn.replies());
        if (session.phase() == WebChatSession.Phase.NONE
                && !next.isIdentified()
                && next.flow() == Flow.REGISTER
                && next.step() == Step.ASK_NAME
                && codes.available(tenant)) {
            // Dana needs to know who this is: on web chat a typed phone proves nothing, so prove one
            // with a code over WhatsApp before Dana may look the patient up by it
            String lang = next.language();
            if (!replies.isEmpty()) {
                replies.remove(replies.size() - 1);
            }
            replies.add(askPhone(lang));
            return new Outcome(session.awaitingPhone(lang), replies);
        }
        return new Outcome(session, replies);
    }

    // ------------------------------------------------------------------ one-time code

    private Outcome onPhone(WebChatRequest request, WebChatSession session, Tenant tenant, HubContext context) {
        String lang = session.language();
        if (request.choice() != null) {
            return onIdentityChoice(request, session, tenant, context);
        }
        Optional<String> phone = PhoneNumbers.toE164(request.text().strip());
        if (phone.isEmpty()) {
            return new Outcome(
                    session,
                    List.of(choices(
                            WebChatTexts.notAPhone(lang),
                            List.of(new WebChatAnswer.Choice(SKIP, WebChatTexts.skip(lang))))));
        }
        return sendCode(session, tenant, phone.get());
    }

    private Outcome onCode(WebChatRequest request, WebChatSession session, Tenant tenant, HubContext context) {
        String lang = session.language();
        if (request.choice() != null) {
            return onIdentityChoice(request, session, tenant, context);
        }
        String code = codes.asCode(request.text());
        if (code == null) {
            return new Outcome(session, List.of(choices(WebChatTexts.typeTheCode(lang), codeChoices(lang))));
        }
        return switch (codes.check(session, code)) {
            case VERIFIED -> verified(request, session.verified(), context);
            case WRONG -> {
                WebChatSession wrong = session.wrongCode();
                if (codes.mayAttemptAgain(wrong)) {
                    yield new Outcome(wrong, List.of(choices(WebChatTexts.wrongCode(lang), codeChoices(lang))));
                }
                yield new Outcome(
                        wrong.awaitingPhone(lang),
                        List.of(choices(WebChatTexts.tooManyAttempts(lang), List.of(skipChoice(lang)))));
            }
            case LOCKED -> new Outcome(
                    session.awaitingPhone(lang),
                    List.of(choices(WebChatTexts.tooManyAttempts(lang), List.of(skipChoice(lang)))));
            case EXPIRED -> new Outcome(
                    session.awaitingPhone(lang),
                    List.of(choices(WebChatTexts.codeExpired(lang), List.of(skipChoice(lang)))));
        };
    }

    private Outcome onIdentityChoice(
            WebChatRequest request, WebChatSession session, Tenant tenant, HubContext context) {
        String lang = session.language();
        if (SKIP.equals(request.choice())) {
            // no proof: Dana's registration goes on and creates a new patient flagged unverified
            return new Outcome(session.unverified(), List.of(WebChatAnswer.Reply.text(WebChatTexts.skipped(lang))));
        }
        if (RESEND.equals(request.choice()) && session.phase() == WebChatSession.Phase.AWAIT_CODE) {
            return sendCode(session, tenant, session.phone());
        }
        // a menu tap or an older button: leave identity for now, Dana answers it
        return dana(request, session.reset(), tenant, context);
    }

    private Outcome sendCode(WebChatSession session, Tenant tenant, String e164) {
        String lang = session.language();
        if (!codes.maySendAnother(session)) {
            return new Outcome(session.unverified(), List.of(WebChatAnswer.Reply.text(WebChatTexts.noMoreCodes(lang))));
        }
        try {
            WebChatSession sent = codes.send(tenant, session, e164, lang);
            return new Outcome(sent, List.of(choices(WebChatTexts.codeSent(lang), codeChoices(lang))));
        } catch (RuntimeException e) {
            LOG.warn(
                    "Could not send a web chat code for tenant {}: {}",
                    tenant.id(),
                    e.getClass().getSimpleName());
            return new Outcome(session, List.of(choices(WebChatTexts.codeNotSent(lang), List.of(skipChoice(lang)))));
        }
    }

    private Outcome verified(WebChatRequest request, WebChatSession session, HubContext context) {
        List<WebChatAnswer.Reply> replies = new ArrayList<>();
        replies.add(WebChatAnswer.Reply.text(WebChatTexts.verified(session.language())));
        Turn turn = turns.phoneVerified(inbound(request, session), context);
        replies.addAll(replies(turn.replies()));
        return new Outcome(session, replies);
    }

    // ------------------------------------------------------------------ mapping

    /**
     * The message for Dana. Its provider id is the booking request key of a confirming message: a
     * client message id keeps it the same on a retry, so even a retry that missed the stored answer
     * books once.
     */
    private static InboundMessage inbound(WebChatRequest request, WebChatSession session) {
        String id = request.messageId() != null
                ? request.messageId()
                : UUID.randomUUID().toString();
        MessageContent content = request.text() != null
                ? new MessageContent.Text(request.text())
                : new MessageContent.Choice(request.choice(), null, null);
        return new InboundMessage(
                request.tenant(),
                Channel.WEBCHAT,
                "web:" + request.sessionId() + ":" + id,
                request.sessionId(),
                null,
                session.verifiedPhone(),
                Instant.now(),
                content);
    }

    static List<WebChatAnswer.Reply> replies(List<OutboundMessage> messages) {
        List<WebChatAnswer.Reply> replies = new ArrayList<>();
        for (OutboundMessage m : messages) {
            if (m instanceof OutboundMessage.Text t) {
                replies.add(WebChatAnswer.Reply.text(t.body()));
            } else if (m instanceof OutboundMessage.Buttons b) {
                replies.add(new WebChatAnswer.Reply(b.text(), options(b.options())));
            } else if (m instanceof OutboundMessage.ListMenu l) {
                replies.add(new WebChatAnswer.Reply(l.text(), options(l.rows())));
            }
            // templates are for WhatsApp's closed window; a browser waiting for its answer has none
        }
        return replies;
    }

    private static List<WebChatAnswer.Choice> options(List<OutboundMessage.Option> options) {
        return options.stream()
                .map(o -> new WebChatAnswer.Choice(o.id(), o.title()))
                .toList();
    }

    private static WebChatAnswer.Reply askPhone(String lang) {
        return choices(WebChatTexts.askPhone(lang), List.of(skipChoice(lang)));
    }

    private static WebChatAnswer.Choice skipChoice(String lang) {
        return new WebChatAnswer.Choice(SKIP, WebChatTexts.skip(lang));
    }

    private static List<WebChatAnswer.Choice> codeChoices(String lang) {
        return List.of(new WebChatAnswer.Choice(RESEND, WebChatTexts.resend(lang)), skipChoice(lang));
    }

    private static WebChatAnswer.Reply choices(String text, List<WebChatAnswer.Choice> choices) {
        return new WebChatAnswer.Reply(text, choices);
    }

    private WebChatAnswer read(String stored) {
        try {
            return json.readValue(stored, WebChatAnswer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored web chat answer is not readable", e);
        }
    }

    private String write(WebChatAnswer answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("web chat answer is not writable", e);
        }
    }
}
