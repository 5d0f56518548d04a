package com.dentalai.hub.domain.nlu;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What the utterance pins down. {@code time} is present only when a clock time was named; a vague
 * "morning" goes to {@code partOfDay}. {@code choice} is a 1-based pick among options Dana offered
 * ("the second one", "2", "השני"). The last two are for the dialogue; the NLU API shows the first four.
 */
public record Slots(
        Optional<LocalDate> date,
        Optional<LocalTime> time,
        Optional<String> practitioner,
        Optional<String> treatment,
        Optional<PartOfDay> partOfDay,
        Optional<Integer> choice) {

    public static final Slots NONE = new Slots(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Slots {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(partOfDay, "partOfDay");
        Objects.requireNonNull(choice, "choice");
    }

    public Slots(
            Optional<LocalDate> date,
            Optional<LocalTime> time,
            Optional<String> practitioner,
            Optional<String> treatment) {
        this(date, time, practitioner, treatment, Optional.empty(), Optional.empty());
    }
}
