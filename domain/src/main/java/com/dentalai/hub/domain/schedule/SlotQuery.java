package com.dentalai.hub.domain.schedule;

import com.dentalai.hub.domain.support.Copies;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What to search: dates {@code from}..{@code to} (inclusive, in the tenant's zone), nothing starting
 * before {@code now}, for the given practitioners (empty = clinic-level slots), minus {@code busy},
 * at most {@code limit} results.
 */
public record SlotQuery(
        LocalDate from, LocalDate to, Instant now, List<String> practitionerIds, List<BusyInterval> busy, int limit) {

    /** The widest date range one search may cover: keeps a careless caller from a huge loop. */
    public static final int MAX_DAYS = 366;

    public SlotQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(now, "now");
        practitionerIds = Copies.copy(practitionerIds);
        busy = Copies.copy(busy);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("a slot search covers at most " + MAX_DAYS + " days");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }

    public static SlotQuery of(
            LocalDate from,
            LocalDate to,
            Instant now,
            Collection<String> practitionerIds,
            Collection<BusyInterval> busy,
            int limit) {
        return new SlotQuery(
                from,
                to,
                now,
                practitionerIds == null ? null : List.copyOf(practitionerIds),
                busy == null ? null : List.copyOf(busy),
                limit);
    }
}
