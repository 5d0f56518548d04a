package com.dentalai.hub.domain.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.dentalai.hub.domain.clinic.AppointmentChanged.Kind;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppointmentChangedTest {

    private static final Instant NINE = Instant.parse("2030-01-07T09:00:00Z");
    private static final Instant TEN = Instant.parse("2030-01-07T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2030-01-07T11:00:00Z");

    private static AppointmentState state(
            Instant start, Instant end, AppointmentStatus status, boolean active, String v) {
        return new AppointmentState("7", start, end, status, active, "3", "12", v);
    }

    private static final AppointmentState BOOKED =
            state(NINE, TEN, AppointmentStatus.CONFIRMED, true, "2030-01-01 08:00:00");

    private static Optional<Kind> kind(AppointmentState before, AppointmentState now) {
        return AppointmentChanged.kindOf(Optional.ofNullable(before), now);
    }

    @Test
    void firstSightIsCreatedUnlessAlreadyCancelledOrDone() {
        assertThat(kind(null, BOOKED)).contains(Kind.CREATED);
        assertThat(kind(null, state(NINE, TEN, AppointmentStatus.CANCELLED, true, "v")))
                .contains(Kind.CANCELLED);
        assertThat(kind(null, state(NINE, TEN, AppointmentStatus.CONFIRMED, false, "v")))
                .contains(Kind.CANCELLED);
        assertThat(kind(null, state(NINE, TEN, AppointmentStatus.DONE, true, "v")))
                .contains(Kind.COMPLETED);
    }

    @Test
    void sameStateTwiceIsNoEventEvenWithANewVersion() {
        assertThat(kind(BOOKED, BOOKED)).isEmpty();
        assertThat(kind(BOOKED, state(NINE, TEN, AppointmentStatus.CONFIRMED, true, "2030-01-01 09:00:00")))
                .isEmpty();
    }

    @Test
    void movedCancelledCompletedUpdatedRestored() {
        assertThat(kind(BOOKED, state(TEN, ELEVEN, AppointmentStatus.CONFIRMED, true, "v2")))
                .contains(Kind.MOVED);
        assertThat(kind(BOOKED, state(NINE, ELEVEN, AppointmentStatus.CONFIRMED, true, "v2")))
                .contains(Kind.MOVED);
        assertThat(kind(BOOKED, state(NINE, TEN, AppointmentStatus.CANCELLED, true, "v2")))
                .contains(Kind.CANCELLED);
        assertThat(kind(BOOKED, state(NINE, TEN, AppointmentStatus.CONFIRMED, false, "v2")))
                .contains(Kind.CANCELLED);
        assertThat(kind(BOOKED, state(NINE, TEN, AppointmentStatus.DONE, true, "v2")))
                .contains(Kind.COMPLETED);
        assertThat(kind(
                        BOOKED,
                        new AppointmentState("7", NINE, TEN, AppointmentStatus.CONFIRMED, true, "4", "12", "v2")))
                .contains(Kind.UPDATED);
        AppointmentState cancelled = state(NINE, TEN, AppointmentStatus.CONFIRMED, false, "v2");
        assertThat(kind(cancelled, state(TEN, ELEVEN, AppointmentStatus.CONFIRMED, false, "v3")))
                .isEmpty();
        assertThat(kind(cancelled, BOOKED)).contains(Kind.CREATED);
        AppointmentState done = state(NINE, TEN, AppointmentStatus.DONE, true, "v2");
        assertThat(kind(done, state(NINE, ELEVEN, AppointmentStatus.DONE, true, "v3")))
                .contains(Kind.MOVED);
    }

    @Test
    void eventCarriesTheCurrentState() {
        AppointmentChanged event = AppointmentChanged.between("smile-tlv", Optional.empty(), BOOKED)
                .orElseThrow();
        assertThat(event)
                .isEqualTo(new AppointmentChanged(
                        "smile-tlv", "7", Kind.CREATED, NINE, TEN, "3", "12", "2030-01-01 08:00:00"));
        assertThat(AppointmentChanged.between("smile-tlv", Optional.of(BOOKED), BOOKED))
                .isEmpty();
        assertThatNullPointerException()
                .isThrownBy(() -> new AppointmentChanged(null, "7", Kind.CREATED, null, null, null, null, null));
        assertThatNullPointerException()
                .isThrownBy(() -> new AppointmentState("7", null, null, null, true, null, null, null));
    }
}
