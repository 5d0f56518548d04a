package com.dentalai.hub.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.billing.SubscriptionState.Standing;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubscriptionStateTest {

    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    static final Duration GRACE = Duration.ofDays(7);

    static SubscriptionChange change(String id, long minutes, SubscriptionStatus status) {
        return change(id, minutes, "sub_1", status);
    }

    static SubscriptionChange change(String id, long minutes, String sub, SubscriptionStatus status) {
        return new SubscriptionChange(
                id, T0.plusSeconds(minutes * 60), "cus_1", sub, "clinic-basic", status, T0.plus(Duration.ofDays(30)));
    }

    @Test
    void eventsApplyInCreationOrderNotArrivalOrder() {
        SubscriptionState active = SubscriptionState.none()
                .apply(change("evt_2", 2, SubscriptionStatus.ACTIVE))
                .state();

        SubscriptionState.Applied late = active.apply(change("evt_1", 1, SubscriptionStatus.INCOMPLETE));

        assertThat(late.changed()).isFalse();
        assertThat(late.reason()).contains("older");
        assertThat(late.state().status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void theSameEventTwiceChangesNothing() {
        SubscriptionState once = SubscriptionState.none()
                .apply(change("evt_1", 1, SubscriptionStatus.ACTIVE))
                .state();

        assertThat(once.apply(change("evt_1", 1, SubscriptionStatus.ACTIVE)).changed())
                .isFalse();
    }

    @Test
    void aCanceledSubscriptionIsNeverRevivedByAStaleUpdate() {
        SubscriptionState canceled = SubscriptionState.none()
                .apply(change("evt_1", 1, SubscriptionStatus.ACTIVE))
                .state()
                .apply(change("evt_3", 3, SubscriptionStatus.CANCELED))
                .state();

        SubscriptionState.Applied stale = canceled.apply(change("evt_4", 4, SubscriptionStatus.ACTIVE));

        assertThat(stale.changed()).isFalse();
        assertThat(stale.reason()).isEqualTo("subscription already ended");
        assertThat(canceled.standing(T0, GRACE)).isEqualTo(Standing.SUSPENDED);
    }

    @Test
    void aNewSubscriptionAfterCancellationReactivatesTheTenant() {
        SubscriptionState canceled = SubscriptionState.none()
                .apply(change("evt_1", 1, SubscriptionStatus.CANCELED))
                .state();

        SubscriptionState renewed = canceled.apply(change("evt_9", 9, "sub_2", SubscriptionStatus.ACTIVE))
                .state();

        assertThat(renewed.subscriptionId()).isEqualTo("sub_2");
        assertThat(renewed.standing(T0, GRACE)).isEqualTo(Standing.ACTIVE);
        assertThat(renewed.apply(change("evt_10", 10, "sub_1", SubscriptionStatus.CANCELED))
                        .changed())
                .isFalse();
        assertThat(renewed.apply(change("evt_5", 5, "sub_1", SubscriptionStatus.ACTIVE))
                        .changed())
                .isFalse();
    }

    @Test
    void pastDueIsGraceThenSuspensionAndPaymentRestores() {
        SubscriptionState pastDue = SubscriptionState.none()
                .apply(change("evt_1", 0, SubscriptionStatus.ACTIVE))
                .state()
                .apply(change("evt_2", 10, SubscriptionStatus.PAST_DUE))
                .state()
                .apply(change("evt_3", 20, SubscriptionStatus.PAST_DUE))
                .state();

        assertThat(pastDue.pastDueSince()).isEqualTo(T0.plusSeconds(600));
        assertThat(pastDue.standing(T0.plus(Duration.ofDays(3)), GRACE)).isEqualTo(Standing.GRACE);
        assertThat(pastDue.standing(T0.plus(Duration.ofDays(8)), GRACE)).isEqualTo(Standing.SUSPENDED);

        SubscriptionState paid =
                pastDue.apply(change("evt_4", 30, SubscriptionStatus.ACTIVE)).state();
        assertThat(paid.pastDueSince()).isNull();
        assertThat(paid.standing(T0.plus(Duration.ofDays(8)), GRACE)).isEqualTo(Standing.ACTIVE);
    }

    @Test
    void aTenantWithoutBillingIsServedAndStatusesParse() {
        assertThat(SubscriptionState.none().standing(T0, GRACE)).isEqualTo(Standing.ACTIVE);
        assertThat(SubscriptionStatus.fromStripe("past_due")).isEqualTo(SubscriptionStatus.PAST_DUE);
        assertThat(SubscriptionStatus.INCOMPLETE_EXPIRED.isTerminal()).isTrue();
        assertThat(SubscriptionState.none()
                        .apply(change("e", 1, SubscriptionStatus.PAUSED))
                        .state()
                        .standing(T0, GRACE))
                .isEqualTo(Standing.SUSPENDED);
    }
}
