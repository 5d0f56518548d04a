package com.dentalai.hub.domain.channel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A message we send to a patient, independent of the channel. The limits are the strictest of the
 * channels we serve (WhatsApp's interactive limits, Telegram's 64-byte callback data), so a valid
 * message can go out on any of them. Lengths count Unicode code points, so an emoji counts as one.
 */
public sealed interface OutboundMessage
        permits OutboundMessage.Text, OutboundMessage.Buttons, OutboundMessage.ListMenu, OutboundMessage.Template {

    int MAX_TEXT = 4096;
    int MAX_INTERACTIVE_TEXT = 1024;
    int MAX_BUTTONS = 3;
    int MAX_BUTTON_TITLE = 20;
    int MAX_LIST_ROWS = 10;
    int MAX_LIST_BUTTON_LABEL = 20;
    int MAX_ROW_TITLE = 24;
    int MAX_ROW_DESCRIPTION = 72;
    int MAX_OPTION_ID_BYTES = 64;
    int MAX_TEMPLATE_QUICK_REPLIES = 10;

    /** The id prefix of the "more" row that {@link #choices} adds; the number is the next offset. */
    String MORE_PREFIX = "more:";

    /** A short, PHI-free name of the kind of message, fit for logs and metrics. */
    String kind();

    /** Plain text, up to {@value #MAX_TEXT} characters. */
    record Text(String body) implements OutboundMessage {
        public Text {
            requireText("Text", "body", body, MAX_TEXT);
        }

        @Override
        public String kind() {
            return "text";
        }
    }

    /**
     * A choice the patient answers with a tap.
     *
     * @param id what comes back in {@link MessageContent.Choice#id()}; at most 64 UTF-8 bytes
     * @param title what the patient sees
     * @param description an extra line under the title in a list; null when none; ignored by buttons
     */
    record Option(String id, String title, String description) {
        public Option {
            if (id == null || id.isBlank()) {
                throw new InvalidMessageException("Option: id must not be blank");
            }
            if (id.getBytes(StandardCharsets.UTF_8).length > MAX_OPTION_ID_BYTES) {
                throw new InvalidMessageException(
                        "Option: id must be at most " + MAX_OPTION_ID_BYTES + " UTF-8 bytes (Telegram callback_data)");
            }
            if (title == null || title.isBlank()) {
                throw new InvalidMessageException("Option '" + id + "': title must not be blank");
            }
        }

        public static Option of(String id, String title) {
            return new Option(id, title, null);
        }
    }

    /** Up to three reply buttons under a text; titles up to {@value #MAX_BUTTON_TITLE} characters. */
    record Buttons(String text, List<Option> options) implements OutboundMessage {
        public Buttons {
            requireText("Buttons", "text", text, MAX_INTERACTIVE_TEXT);
            options = copyOptions("Buttons", options, MAX_BUTTONS);
            for (Option option : options) {
                requireLength("Buttons", "option '" + option.id() + "' title", option.title(), MAX_BUTTON_TITLE);
            }
        }

        @Override
        public String kind() {
            return "buttons";
        }
    }

    /**
     * A menu opened by a button: up to ten rows, each with a title and an optional description.
     *
     * @param buttonLabel the label of the button that opens the menu
     */
    record ListMenu(String text, String buttonLabel, List<Option> rows) implements OutboundMessage {
        public ListMenu {
            requireText("ListMenu", "text", text, MAX_INTERACTIVE_TEXT);
            requireText("ListMenu", "buttonLabel", buttonLabel, MAX_LIST_BUTTON_LABEL);
            rows = copyOptions("ListMenu", rows, MAX_LIST_ROWS);
            for (Option row : rows) {
                requireLength("ListMenu", "row '" + row.id() + "' title", row.title(), MAX_ROW_TITLE);
                if (row.description() != null) {
                    requireLength(
                            "ListMenu", "row '" + row.id() + "' description", row.description(), MAX_ROW_DESCRIPTION);
                }
            }
        }

        @Override
        public String kind() {
            return "list";
        }
    }

    /**
     * A pre-approved WhatsApp template: the only thing WhatsApp delivers outside the 24-hour window.
     *
     * @param name the template's name as approved by Meta (lower case, digits, underscores)
     * @param languageCode the approved translation, e.g. "he" or "en_US"
     * @param parameters the body's {{1}}, {{2}} … values in order
     * @param quickReplyPayloads the payload of each quick-reply button, in button order; it comes back
     *     as {@link MessageContent.Choice#id()}
     */
    record Template(String name, String languageCode, List<String> parameters, List<String> quickReplyPayloads)
            implements OutboundMessage {

        private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");
        private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");
        // WhatsApp rejects a parameter with a new line, a tab or more than four spaces in a row (132018).
        private static final Pattern BAD_PARAMETER = Pattern.compile("[\\n\\r\\t]| {5,}");

        public Template {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new InvalidMessageException(
                        "Template: name must be lower-case letters, digits and underscores, got '" + name + "'");
            }
            if (languageCode == null || !LANGUAGE.matcher(languageCode).matches()) {
                throw new InvalidMessageException("Template '" + name
                        + "': languageCode must look like 'he' or 'en_US', got '" + languageCode + "'");
            }
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
            for (int i = 0; i < parameters.size(); i++) {
                String parameter = parameters.get(i);
                if (parameter.isBlank() || BAD_PARAMETER.matcher(parameter).find()) {
                    throw new InvalidMessageException("Template '" + name + "': parameter " + (i + 1)
                            + " must be non-blank, one line, without tabs or 5+ spaces in a row");
                }
            }
            quickReplyPayloads = quickReplyPayloads == null ? List.of() : List.copyOf(quickReplyPayloads);
            if (quickReplyPayloads.size() > MAX_TEMPLATE_QUICK_REPLIES) {
                throw new InvalidMessageException("Template '" + name + "': at most " + MAX_TEMPLATE_QUICK_REPLIES
                        + " quick replies, got " + quickReplyPayloads.size());
            }
        }

        public Template(String name, String languageCode, List<String> parameters) {
            this(name, languageCode, parameters, List.of());
        }

        @Override
        public String kind() {
            return "template";
        }
    }

    /**
     * Picks the richest form that fits the options, so callers never hit a limit: no options → text;
     * up to three with short titles → buttons; otherwise a list, with over-long titles and
     * descriptions shortened with "…". More than ten options are paged: the list shows nine from
     * {@code offset} and a last row {@code MORE_PREFIX + nextOffset} titled {@code moreTitle}; when
     * the patient picks it, call again with {@link #moreOffset(String)}.
     */
    static OutboundMessage choices(
            String text, String buttonLabel, String moreTitle, List<Option> options, int offset) {
        Objects.requireNonNull(options, "options");
        if (offset < 0 || (offset > 0 && offset >= options.size())) {
            throw new InvalidMessageException(
                    "choices: offset " + offset + " is outside the " + options.size() + " options");
        }
        if (options.isEmpty()) {
            return new Text(text);
        }
        if (offset == 0 && options.size() <= MAX_BUTTONS && allFit(options, MAX_BUTTON_TITLE)) {
            return new Buttons(
                    text,
                    options.stream().map(o -> Option.of(o.id(), o.title())).toList());
        }
        List<Option> remaining = options.subList(offset, options.size());
        List<Option> rows = new ArrayList<>(MAX_LIST_ROWS);
        if (remaining.size() <= MAX_LIST_ROWS) {
            remaining.forEach(o -> rows.add(shortened(o)));
        } else {
            remaining.subList(0, MAX_LIST_ROWS - 1).forEach(o -> rows.add(shortened(o)));
            int next = offset + MAX_LIST_ROWS - 1;
            rows.add(new Option(MORE_PREFIX + next, shorten(moreTitle, MAX_ROW_TITLE), null));
        }
        return new ListMenu(text, shorten(buttonLabel, MAX_LIST_BUTTON_LABEL), rows);
    }

    /** True when a chosen id is the "more" row that {@link #choices} added. */
    static boolean isMore(String choiceId) {
        return choiceId != null && choiceId.startsWith(MORE_PREFIX) && moreOffsetOrNegative(choiceId) >= 0;
    }

    /** The offset to pass back to {@link #choices} when the patient picked the "more" row. */
    static int moreOffset(String choiceId) {
        int offset = moreOffsetOrNegative(choiceId);
        if (offset < 0) {
            throw new InvalidMessageException("not a 'more' choice id: " + choiceId);
        }
        return offset;
    }

    /** Cuts a text to {@code max} code points, ending in "…" when it had to cut. */
    static String shorten(String text, int max) {
        Objects.requireNonNull(text, "text");
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static int moreOffsetOrNegative(String choiceId) {
        if (choiceId == null || !choiceId.startsWith(MORE_PREFIX)) {
            return -1;
        }
        try {
            return Integer.parseInt(choiceId.substring(MORE_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean allFit(List<Option> options, int max) {
        return options.stream().allMatch(o -> length(o.title()) <= max);
    }

    private static Option shortened(Option option) {
        String description = option.description() == null ? null : shorten(option.description(), MAX_ROW_DESCRIPTION);
        return new Option(option.id(), shorten(option.title(), MAX_ROW_TITLE), description);
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static void requireText(String type, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidMessageException(type + ": " + field + " must not be blank");
        }
        requireLength(type, field, value, max);
    }

    private static void requireLength(String type, String field, String value, int max) {
        int length = length(value);
        if (length > max) {
            throw new InvalidMessageException(
                    type + ": " + field + " must be at most " + max + " characters, got " + length);
        }
    }

    private static List<Option> copyOptions(String type, List<Option> options, int max) {
        if (options == null || options.isEmpty()) {
            throw new InvalidMessageException(type + ": at least one option is required");
        }
        if (options.size() > max) {
            throw new InvalidMessageException(type + ": at most " + max + " options, got " + options.size()
                    + " (OutboundMessage.choices(...) falls back to a list and pages)");
        }
        List<Option> copy = List.copyOf(options);
        if (copy.stream().map(Option::id).distinct().count() != copy.size()) {
            throw new InvalidMessageException(type + ": option ids must be unique");
        }
        return copy;
    }
}
