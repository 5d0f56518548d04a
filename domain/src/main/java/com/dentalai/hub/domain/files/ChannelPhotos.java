package com.dentalai.hub.domain.files;

import com.dentalai.hub.domain.channel.OutboundMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * What happens to a photo a patient sends on WhatsApp or Telegram: it joins the files pipeline as
 * a {@link FileType#PHOTO} of the patient the chat is identified as, and the patient hears back in
 * one short line. Decisions only; the routes fetch, store and reply.
 */
public final class ChannelPhotos {

    /** How one channel photo ends, as far as the patient is told. */
    public enum Outcome {
        /** Stored and queued for the pipeline: "received, your clinic will see it". */
        RECEIVED,
        /** The chat is not tied to a patient file yet: nothing stored, the patient is asked to identify. */
        UNIDENTIFIED,
        /** Above the size limit: nothing stored. */
        TOO_LARGE,
        /** Not a JPEG or PNG by its bytes (or empty): nothing stored. */
        NOT_A_PHOTO,
        /** The channel would not hand the file over (expired or invalid media): nothing stored. */
        NOT_RECEIVED
    }

    private ChannelPhotos() {}

    /**
     * Checks fetched bytes before anything is stored.
     *
     * @param size bytes fetched
     * @param maxBytes the channel photo limit (never above the photo limit of presigned uploads)
     * @param sniffedContentType the type the magic numbers say, empty when unknown
     * @return the refusal, or empty when the photo may be stored
     */
    public static Optional<Outcome> refusal(long size, long maxBytes, Optional<String> sniffedContentType) {
        if (size > Math.min(maxBytes, FileType.PHOTO.maxBytes())) {
            return Optional.of(Outcome.TOO_LARGE);
        }
        if (size == 0 || sniffedContentType.filter(FileType.PHOTO::allows).isEmpty()) {
            return Optional.of(Outcome.NOT_A_PHOTO);
        }
        return Optional.empty();
    }

    /**
     * The hub's file id of a channel message's photo: the same message always maps to the same id
     * (and object key), so a retried or replayed delivery stores one file, never two.
     */
    public static UUID fileId(String tenant, String messageKey) {
        return UUID.nameUUIDFromBytes(("channel-photo|" + tenant + "|" + messageKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The one line the patient gets, in the conversation's language ("he" unless "en"). */
    public static OutboundMessage reply(Outcome outcome, String language, long maxBytes) {
        boolean en = "en".equals(language);
        long mb = Math.max(1, maxBytes / (1024 * 1024));
        String text =
                switch (outcome) {
                    case RECEIVED -> en
                            ? "Thanks, we received your photo. Your clinic will see it in your file."
                            : "תודה, התמונה התקבלה. המרפאה תראה אותה בתיק שלך.";
                    case UNIDENTIFIED -> en
                            ? "To add a photo to your file we first need to know who you are. Write \"my"
                                    + " appointments\" to identify yourself, then send the photo again."
                            : "כדי לצרף תמונה לתיק שלך צריך קודם לזהות אותך. כתבו \"התורים שלי\" כדי להזדהות,"
                                    + " ואז שלחו את התמונה שוב.";
                    case TOO_LARGE -> en
                            ? "This photo is too large (the limit is " + mb + " MB). Please send a smaller one."
                            : "התמונה גדולה מדי (עד " + mb + " MB). אפשר לשלוח תמונה קטנה יותר.";
                    case NOT_A_PHOTO -> en
                            ? "We can only add photos (JPEG or PNG) to your file. Please send it as a photo."
                            : "אפשר לצרף לתיק רק תמונות (JPEG או PNG). נא לשלוח כתמונה.";
                    case NOT_RECEIVED -> en
                            ? "We could not receive this photo. Please send it again."
                            : "לא הצלחנו לקבל את התמונה. נא לשלוח אותה שוב.";
                };
        return new OutboundMessage.Text(text);
    }
}
