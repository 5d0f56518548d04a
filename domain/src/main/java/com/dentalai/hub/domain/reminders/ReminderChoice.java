package com.dentalai.hub.domain.reminders;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tap on a reminder's or a survey's button, as the option id (WhatsApp quick-reply payload,
 * Telegram callback data) we sent: {@code rm:<id>:c|x|r} for confirm / cancel / reschedule, {@code
 * sv:<id>:1..5} for a rating and {@code sv:<id>:done} for "no comment". The id is the row of the
 * hub's schedule; the tap is honoured only from the conversation the message went to.
 */
public record ReminderChoice(long reminderId, Answer answer, int rating) {

    /** What the patient answered. */
    public enum Answer {
        CONFIRM("c"),
        CANCEL("x"),
        RESCHEDULE("r"),
        RATING(null),
        NO_COMMENT("done");

        private final String code;

        Answer(String code) {
            this.code = code;
        }
    }

    private static final Pattern REMINDER = Pattern.compile("rm:(\\d{1,18}):([cxr])");
    private static final Pattern SURVEY = Pattern.compile("sv:(\\d{1,18}):([1-5]|done)");

    public ReminderChoice {
        Objects.requireNonNull(answer, "answer");
        if (answer == Answer.RATING && (rating < 1 || rating > 5)) {
            throw new IllegalArgumentException("a rating is 1 to 5, got " + rating);
        }
    }

    /** The choice an option id stands for, or empty when it is not one of ours. */
    public static Optional<ReminderChoice> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Matcher m = REMINDER.matcher(id);
        if (m.matches()) {
            Answer answer =
                    switch (m.group(2)) {
                        case "c" -> Answer.CONFIRM;
                        case "x" -> Answer.CANCEL;
                        default -> Answer.RESCHEDULE;
                    };
            return Optional.of(new ReminderChoice(Long.parseLong(m.group(1)), answer, 0));
        }
        m = SURVEY.matcher(id);
        if (m.matches()) {
            long reminder = Long.parseLong(m.group(1));
            return Optional.of(
                    "done".equals(m.group(2))
                            ? new ReminderChoice(reminder, Answer.NO_COMMENT, 0)
                            : new ReminderChoice(reminder, Answer.RATING, Integer.parseInt(m.group(2))));
        }
        return Optional.empty();
    }

    public static String reminder(long reminderId, Answer answer) {
        if (answer == Answer.RATING || answer == Answer.NO_COMMENT) {
            throw new IllegalArgumentException("not a reminder answer: " + answer);
        }
        return "rm:" + reminderId + ":" + answer.code;
    }

    public static String rating(long surveyId, int rating) {
        return new ReminderChoice(surveyId, Answer.RATING, rating).id();
    }

    public static String noComment(long surveyId) {
        return "sv:" + surveyId + ":done";
    }

    /** The option id of this choice. */
    public String id() {
        return switch (answer) {
            case RATING -> "sv:" + reminderId + ":" + rating;
            case NO_COMMENT -> noComment(reminderId);
            default -> reminder(reminderId, answer);
        };
    }

    public boolean isSurvey() {
        return answer == Answer.RATING || answer == Answer.NO_COMMENT;
    }
}
