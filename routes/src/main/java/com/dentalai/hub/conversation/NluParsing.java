package com.dentalai.hub.conversation;

import com.dentalai.hub.domain.nlu.NluEngine;
import com.dentalai.hub.domain.nlu.NluResult;
import com.dentalai.hub.domain.nlu.Slots;
import com.dentalai.hub.platform.web.ProblemException;
import com.dentalai.hub.platform.web.Problems;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Turns an NLU request into the contract's answer: absent slots omitted, date and time as text. */
@Component
class NluParsing {

    /** The clinics' zone when the request names no tenant. */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jerusalem");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** What the route parses: the text and the moment "tomorrow" is counted from. */
    record Utterance(String text, ZonedDateTime now) {
        @Override
        public String toString() {
            return "Utterance[now=" + now + "]"; // the text may be PHI
        }
    }

    private final NluEngine engine = new NluEngine();

    Map<String, Object> parse(Utterance utterance) {
        return answer(engine.parse(utterance.text(), utterance.now()));
    }

    static Map<String, Object> answer(NluResult result) {
        Map<String, Object> slots = new LinkedHashMap<>();
        Slots s = result.slots();
        s.date().ifPresent(d -> slots.put("date", d.toString()));
        s.time().ifPresent(t -> slots.put("time", t.format(TIME)));
        s.practitioner().ifPresent(p -> slots.put("practitioner", p));
        s.treatment().ifPresent(t -> slots.put("treatment", t));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intent", result.intent().wireName());
        body.put("confidence", result.confidence());
        body.put("language", result.language());
        body.put("slots", slots);
        return body;
    }

    /** ISO-8601 with an offset or zone as given; a local date-time is read in the tenant's zone. */
    static ZonedDateTime now(String given, ZoneId zone) {
        if (given == null || given.isBlank()) {
            return ZonedDateTime.now(zone);
        }
        try {
            return ZonedDateTime.parse(given).withZoneSameInstant(zone);
        } catch (DateTimeParseException notZoned) {
            try {
                return LocalDateTime.parse(given).atZone(zone);
            } catch (DateTimeParseException e) {
                throw new ProblemException(
                        HttpStatus.BAD_REQUEST,
                        "validation",
                        "now must be an ISO-8601 date-time",
                        List.of(new Problems.FieldError("now", "must be an ISO-8601 date-time")));
            }
        }
    }
}
