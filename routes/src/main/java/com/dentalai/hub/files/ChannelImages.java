package com.dentalai.hub.files;

import com.dentalai.hub.channels.ChannelMediaFetcher;
import com.dentalai.hub.channels.InboundMessageCodec;
import com.dentalai.hub.channels.InboundQueue;
import com.dentalai.hub.channels.ReplySender;
import com.dentalai.hub.connectors.media.FileSniffer;
import com.dentalai.hub.connectors.storage.ObjectCreated;
import com.dentalai.hub.connectors.storage.S3ObjectStore;
import com.dentalai.hub.conversation.ChatPatients;
import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.domain.channel.ChannelMedia;
import com.dentalai.hub.domain.channel.ChannelSendException;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MalformedPayloadException;
import com.dentalai.hub.domain.files.ChannelPhotos;
import com.dentalai.hub.domain.files.ChannelPhotos.Outcome;
import com.dentalai.hub.domain.files.FileType;
import com.dentalai.hub.domain.files.ObjectKeys;
import com.dentalai.hub.platform.audit.AuditTrail;
import com.dentalai.hub.platform.context.HubContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A photo a patient sent on WhatsApp or Telegram, made an upload like any other: for the patient
 * the chat is identified as, fetched from the channel, checked (size, JPEG/PNG by its bytes),
 * filed PENDING as a {@link FileType#PHOTO} and written to the tenant's key layout; the route then
 * hands it to the pipeline exactly as an S3 notification would. Anything refused is never stored;
 * the patient hears the outcome in one line ({@link ChannelPhotos#reply}).
 */
@Component
class ChannelImages {

    /** Exchange property: the {@link Outcome} of this photo. */
    static final String OUTCOME = "hubChannelPhotoOutcome";

    private static final String INBOUND = "hubChannelPhotoMessage";
    private static final String LANGUAGE = "hubChannelPhotoLanguage";
    private static final Logger LOG = LoggerFactory.getLogger(ChannelImages.class);

    private final ChatPatients patients;
    private final ChannelMediaFetcher fetcher;
    private final FileRecords records;
    private final S3ObjectStore store;
    private final ReplySender replies;
    private final FilesProperties props;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    ChannelImages(
            ChatPatients patients,
            ChannelMediaFetcher fetcher,
            FileRecords records,
            S3ObjectStore store,
            ReplySender replies,
            FilesProperties props,
            AuditTrail audit) {
        this.patients = patients;
        this.fetcher = fetcher;
        this.records = records;
        this.store = store;
        this.replies = replies;
        this.props = props;
        this.audit = audit;
    }

    /** Decides, fetches and stores; on RECEIVED leaves the pipeline's headers on the message. */
    public void take(Exchange exchange) {
        HubContext context = exchange.getProperty(HubContext.PROPERTY, HubContext.class);
        InboundMessage message =
                InboundMessageCodec.decode(exchange.getMessage().getBody(String.class));
        if (!message.tenant().equals(context.tenantId())) {
            // the signed context decides the tenant; a body naming another one is not to be trusted
            throw new IllegalArgumentException("inbound message tenant does not match its hub context");
        }
        exchange.setProperty(INBOUND, message);
        ChatPatients.ChatPatient chat = patients.of(message, context);
        exchange.setProperty(LANGUAGE, chat.language());
        Outcome outcome = chat.patientRef()
                .map(patient -> store(exchange, context, message, patient))
                .orElse(Outcome.UNIDENTIFIED);
        exchange.setProperty(OUTCOME, outcome);
        if (outcome != Outcome.RECEIVED) {
            record(context, message, outcome, null);
        }
    }

    /** The last step: the patient's one line. */
    public void acknowledge(Exchange exchange) {
        InboundMessage message = exchange.getProperty(INBOUND, InboundMessage.class);
        Outcome outcome = exchange.getProperty(OUTCOME, Outcome.class);
        replies.reply(
                message,
                ChannelPhotos.reply(outcome, exchange.getProperty(LANGUAGE, String.class), props.channelMaxBytes()));
    }

    private Outcome store(Exchange exchange, HubContext context, InboundMessage message, String patientRef) {
        ChannelMedia media;
        try {
            media = fetcher.fetch(message);
        } catch (ChannelSendException e) {
            if (e.isRetryable()) {
                throw e; // the channel is busy or down: the central policy retries, then dead-letters
            }
            LOG.warn("Photo {} not fetched: {}", message.providerMessageId(), e.getMessage());
            return e.getMessage() != null && e.getMessage().contains("exceeds")
                    ? Outcome.TOO_LARGE
                    : Outcome.NOT_RECEIVED;
        } catch (MalformedPayloadException e) {
            LOG.warn("Photo {} not fetched: {}", message.providerMessageId(), e.getMessage());
            return Outcome.NOT_RECEIVED;
        }
        Optional<String> type = FileSniffer.contentTypeOf(media.bytes());
        Optional<Outcome> refusal = ChannelPhotos.refusal(media.size(), props.channelMaxBytes(), type);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        UUID id = ChannelPhotos.fileId(message.tenant(), InboundQueue.keyOf(message));
        String key = ObjectKeys.original(message.tenant(), patientRef, id.toString());
        String contentType = type.orElseThrow();
        StoredFile file = new StoredFile(
                id,
                message.tenant(),
                patientRef,
                null,
                FileType.PHOTO,
                contentType,
                media.size(),
                key,
                StoredFile.Status.PENDING,
                null,
                Map.of(),
                null);
        boolean fresh = records.insertIfAbsent(file, context.principal().id());
        boolean pending = fresh
                || records.find(message.tenant(), id)
                        .filter(f -> f.status() == StoredFile.Status.PENDING)
                        .isPresent();
        if (pending) {
            String etag = store.write(key, media.bytes(), contentType);
            pipelineHeaders(
                    exchange.getMessage(), new ObjectCreated(store.bucket(), key, media.size(), etag, null, null));
        }
        exchange.getMessage().setHeader(FileHeaders.STORED, pending);
        record(context, message, Outcome.RECEIVED, id.toString());
        return Outcome.RECEIVED;
    }

    /** What the S3 webhook would put on the files queue for this object. */
    private static void pipelineHeaders(Message out, ObjectCreated created) {
        out.removeHeader("JMSXGroupID");
        out.removeHeader(InboundQueue.MESSAGE_KEY);
        out.setHeader(FileHeaders.BUCKET, created.bucket());
        out.setHeader(FileHeaders.KEY, created.key());
        out.setHeader(FileHeaders.EVENT_SIZE, created.size());
        out.setHeader(FileHeaders.VERSION_KEY, created.versionKey());
        // the message text (a caption may name the patient) does not travel on: the key is enough
        out.setBody(created.versionKey());
    }

    private void record(HubContext context, InboundMessage message, Outcome outcome, String fileId) {
        audit.record(new AuditEvent(
                clock.instant(),
                context.tenantId(),
                context.principal().id(),
                outcome == Outcome.RECEIVED ? "file.channel-received" : "file.channel-refused",
                fileId == null ? "channel-message" : "file",
                fileId == null ? InboundQueue.keyOf(message) : fileId,
                outcome == Outcome.RECEIVED ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.DENIED,
                null,
                context.correlationId(),
                Map.of(
                        "channel",
                        message.channel().name().toLowerCase(Locale.ROOT),
                        "outcome",
                        outcome.name().toLowerCase(Locale.ROOT))));
    }
}
