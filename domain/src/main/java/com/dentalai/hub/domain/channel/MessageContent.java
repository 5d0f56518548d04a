package com.dentalai.hub.domain.channel;

import java.util.Objects;

/** What an inbound message says, independent of the channel it came on. */
public sealed interface MessageContent
        permits MessageContent.Text,
                MessageContent.Choice,
                MessageContent.Image,
                MessageContent.ContactShared,
                MessageContent.Command,
                MessageContent.Location,
                MessageContent.Unsupported {

    /** A short, PHI-free name of the kind of content, fit for logs and metrics. */
    String kind();

    /** Free text typed by the patient. */
    record Text(String body) implements MessageContent {
        public Text {
            Objects.requireNonNull(body, "body");
        }

        @Override
        public String kind() {
            return "text";
        }
    }

    /**
     * The patient picked one of the options we offered (a reply button, a list row, a template quick
     * reply or a Telegram inline button).
     *
     * @param id the option id we sent
     * @param title the option's title as shown to the patient, when the channel tells us; may be null
     * @param answeredMessageId the provider id of our message that carried the options; may be null
     * @param acknowledgeToken what the channel needs to stop the client's spinner (the Telegram
     *     {@code callback_query.id}, to pass to answerCallbackQuery); null when nothing is needed
     */
    record Choice(String id, String title, String answeredMessageId, String acknowledgeToken)
            implements MessageContent {
        public Choice {
            Objects.requireNonNull(id, "id");
        }

        public Choice(String id, String title, String answeredMessageId) {
            this(id, title, answeredMessageId, null);
        }

        @Override
        public String kind() {
            return "choice";
        }
    }

    /**
     * A picture. The bytes stay at the channel until fetched.
     *
     * @param mediaRef the channel's handle to fetch it with (WhatsApp media id, Telegram file_id)
     * @param mimeType may be null when the channel does not say (Telegram photos are JPEG)
     * @param caption may be null
     */
    record Image(String mediaRef, String mimeType, String caption) implements MessageContent {
        public Image {
            Objects.requireNonNull(mediaRef, "mediaRef");
        }

        @Override
        public String kind() {
            return "image";
        }
    }

    /**
     * The patient shared a contact card.
     *
     * @param phone the shared phone number, normalised with {@link #normalisePhone(String)}
     * @param sharerIsOwner true when the card is the sender's own number (their phone is then verified
     *     by the channel); false for someone else's card
     */
    record ContactShared(String phone, boolean sharerIsOwner) implements MessageContent {
        public ContactShared {
            Objects.requireNonNull(phone, "phone");
        }

        @Override
        public String kind() {
            return "contact";
        }

        /**
         * Telegram sends international numbers without the leading '+' ("972501234567") and people
         * type them with spaces or dashes. Digits-only international numbers get a '+', "00" becomes
         * '+'; a number starting with a single 0 is national and stays as it is, because its country
         * cannot be known here.
         */
        public static String normalisePhone(String raw) {
            Objects.requireNonNull(raw, "raw");
            String trimmed = raw.strip();
            boolean plus = trimmed.startsWith("+");
            StringBuilder digits = new StringBuilder(trimmed.length());
            trimmed.chars().filter(Character::isDigit).forEach(c -> digits.append((char) c));
            String d = digits.toString();
            if (d.isEmpty()) {
                return trimmed;
            }
            if (plus) {
                return "+" + d;
            }
            if (d.startsWith("00")) {
                return "+" + d.substring(2);
            }
            if (d.startsWith("0")) {
                return d;
            }
            return "+" + d;
        }
    }

    /**
     * A bot command such as {@code /start}.
     *
     * @param name the command without '/' and without any {@code @BotName} suffix, lower case
     * @param payload what followed the command (a deep-link parameter), empty when nothing did
     */
    record Command(String name, String payload) implements MessageContent {
        public Command {
            Objects.requireNonNull(name, "name");
            payload = payload == null ? "" : payload;
        }

        @Override
        public String kind() {
            return "command";
        }
    }

    /** A shared location; name and address may be null. */
    record Location(double latitude, double longitude, String name, String address) implements MessageContent {
        @Override
        public String kind() {
            return "location";
        }
    }

    /**
     * Something we do not handle (a sticker, a voice note, a reaction, a type the channel added after
     * this code was written). Kept so the conversation can answer politely instead of staying silent.
     *
     * @param kind the channel's own name of the type, e.g. "sticker"
     */
    record Unsupported(String kind) implements MessageContent {
        public Unsupported {
            kind = kind == null || kind.isBlank() ? "unknown" : kind;
        }
    }
}
