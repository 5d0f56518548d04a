package com.dentalai.hub.domain.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses the schedule strings of the tenants file: weekday keys ({@code sun}, {@code mon}, … or full
 * English names) and day values such as {@code "08:00-12:00,13:00-18:00"}. An empty value or
 * {@code closed} means closed that day. Ranges must be ascending and must not overlap.
 */
public final class OpeningHours {

    private OpeningHours() {}

    /** The weekday a key names, or empty when it is not one. */
    public static Optional<DayOfWeek> parseDay(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.trim().toLowerCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            String full = day.name().toLowerCase(Locale.ROOT);
            if (k.equals(full) || k.equals(full.substring(0, 3))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** The short key used in the tenants file for a weekday ({@code sun}, {@code mon}, …). */
    public static String keyOf(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    /**
     * The ranges of one day value.
     *
     * @throws IllegalArgumentException with a message fit for an operator when the value is malformed
     */
    public static List<TimeRange> parseRanges(String value) {
        if (value == null) {
            return List.of();
        }
        String v = value.trim();
        if (v.isEmpty() || v.equalsIgnoreCase("closed")) {
            return List.of();
        }
        List<TimeRange> ranges = new ArrayList<>();
        for (String part : v.split(",")) {
            TimeRange range = parseRange(part.trim());
            if (!ranges.isEmpty()
                    && range.start().isBefore(ranges.get(ranges.size() - 1).end())) {
                throw new IllegalArgumentException("ranges must be ascending and not overlap: '" + value
                        + "' (expected e.g. 08:00-12:00,13:00-18:00)");
            }
            ranges.add(range);
        }
        return List.copyOf(ranges);
    }

    /**
     * A weekly map of a schedule's {@code hours} entries.
     *
     * @throws IllegalArgumentException when a key or value is malformed
     */
    public static Map<DayOfWeek, List<TimeRange>> parseWeek(Map<String, String> hours) {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        hours.forEach((key, value) -> {
            DayOfWeek day = parseDay(key)
                    .orElseThrow(() -> new IllegalArgumentException("unknown weekday '" + key + "' (use sun, mon, …)"));
            week.put(day, parseRanges(value));
        });
        return Collections.unmodifiableMap(week);
    }

    private static TimeRange parseRange(String part) {
        String[] bounds = part.split("-");
        if (bounds.length != 2) {
            throw new IllegalArgumentException("'" + part + "' is not a range like 08:00-18:00");
        }
        try {
            LocalTime start = LocalTime.parse(bounds[0].trim());
            LocalTime end = LocalTime.parse(bounds[1].trim());
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("'" + part + "' ends before it starts");
            }
            return new TimeRange(start, end);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + part + "' is not a range like 08:00-18:00", e);
        }
    }
}
