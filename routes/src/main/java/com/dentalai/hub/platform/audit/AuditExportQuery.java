package com.dentalai.hub.platform.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The validated parameters of {@code GET /api/v1/audit/export.csv}: a half-open window
 * {@code [from, to)} and an optional verb list. A date means a UTC day: {@code from=2026-03-01}
 * starts at its midnight, {@code to=2026-03-31} includes the whole of that day.
 */
record AuditExportQuery(Instant from, Instant to, Set<String> verbs) {

    /** One rejected parameter, reported as {@code errors[{field, message}]}. */
    record FieldProblem(String field, String message) {}

    /** Thrown with every problem found, so the caller fixes them in one go. */
    static final class Invalid extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient List<FieldProblem> problems;

        Invalid(List<FieldProblem> problems) {
            super("Invalid export parameters");
            this.problems = List.copyOf(problems);
        }

        List<FieldProblem> problems() {
            return problems;
        }
    }

    private static final Pattern VERB = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
    private static final int MAX_VERBS = 50;

    /** Parses the raw query parameters ({@code null} = absent). */
    static AuditExportQuery parse(String from, String to, String verbs) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant start = parseBound("from", from, false, problems);
        Instant end = parseBound("to", to, true, problems);
        Set<String> verbSet = parseVerbs(verbs, problems);
        if (start != null && end != null && !start.isBefore(end)) {
            problems.add(new FieldProblem("to", "must be after from"));
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new AuditExportQuery(
                start == null ? Instant.EPOCH : start,
                end == null ? Instant.parse("9999-12-31T00:00:00Z") : end,
                verbSet);
    }

    /** The verbs as the comma list the SQL expects; empty for all verbs. */
    String verbList() {
        return String.join(",", verbs);
    }

    private static Instant parseBound(String field, String value, boolean endOfDay, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            return v.endsWith("Z") || v.endsWith("z")
                    ? Instant.parse(v)
                    : OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            problems.add(
                    new FieldProblem(field, "must be an ISO-8601 date (2026-03-01) or instant (2026-03-01T08:00:00Z)"));
            return null;
        }
    }

    private static Set<String> parseVerbs(String verbs, List<FieldProblem> problems) {
        Set<String> set = new LinkedHashSet<>();
        if (verbs == null || verbs.isBlank()) {
            return set;
        }
        for (String verb : verbs.split(",", -1)) {
            String v = verb.trim();
            if (!VERB.matcher(v).matches()) {
                problems.add(new FieldProblem("verbs", "must be a comma list of verbs like appointment.book"));
                return set;
            }
            set.add(v);
        }
        if (set.size() > MAX_VERBS) {
            problems.add(new FieldProblem("verbs", "at most " + MAX_VERBS + " verbs"));
        }
        return set;
    }
}
