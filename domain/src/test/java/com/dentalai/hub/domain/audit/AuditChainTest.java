package com.dentalai.hub.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.audit.AuditChain.ChainedEvent;
import com.dentalai.hub.domain.audit.AuditChain.VerifyResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static AuditEvent event(int n) {
        return new AuditEvent(
                Instant.parse("2026-09-06T08:00:00Z").plusSeconds(n),
                "smile-tlv",
                "u-" + n,
                "appointment.book",
                "appointment",
                String.valueOf(n),
                AuditEvent.Outcome.SUCCESS,
                "10.0.0." + n,
                "c-" + n,
                Map.of("route", "booking", "permission", "APPOINTMENTS_BOOK"));
    }

    private static List<ChainedEvent> chain(int rows) {
        List<ChainedEvent> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 0; i < rows; i++) {
            ChainedEvent row = ChainedEvent.link(previous, event(i));
            chain.add(row);
            previous = row.hash();
        }
        return chain;
    }

    @Test
    void anUntouchedChainVerifies() {
        VerifyResult result = AuditChain.verify(chain(5));
        assertThat(result).isEqualTo(new VerifyResult(true, -1, "5 rows verified"));
        assertThat(AuditChain.verify(List.of()).intact()).isTrue();
    }

    @Test
    void anEditedRowIsFoundAtItsPosition() {
        List<ChainedEvent> chain = chain(5);
        ChainedEvent original = chain.get(2);
        AuditEvent e = original.event();
        AuditEvent edited = new AuditEvent(
                e.ts(),
                e.tenant(),
                "someone-else",
                e.verb(),
                e.objectType(),
                e.objectId(),
                e.outcome(),
                e.ip(),
                e.correlationId(),
                e.extra());
        chain.set(2, new ChainedEvent(edited, original.previousHash(), original.hash()));

        VerifyResult result = AuditChain.verify(chain);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBroken()).isEqualTo(2);
        assertThat(result.reason()).contains("edited");
    }

    @Test
    void aDeletedOrReorderedRowBreaksTheNextLink() {
        List<ChainedEvent> deleted = chain(5);
        deleted.remove(1);
        assertThat(AuditChain.verify(deleted).firstBroken()).isEqualTo(1);
        assertThat(AuditChain.verify(deleted).reason()).contains("deleted");

        List<ChainedEvent> firstDeleted = chain(3);
        firstDeleted.remove(0);
        assertThat(AuditChain.verify(firstDeleted).firstBroken()).isZero();

        List<ChainedEvent> swapped = chain(4);
        swapped.add(1, swapped.remove(2));
        assertThat(AuditChain.verify(swapped).firstBroken()).isEqualTo(1);
    }

    @Test
    void aRowRehashedAfterEditingStillBreaksTheChainAfterIt() {
        List<ChainedEvent> chain = chain(4);
        AuditEvent e = chain.get(1).event();
        AuditEvent edited = new AuditEvent(
                e.ts(),
                e.tenant(),
                e.actor(),
                e.verb(),
                e.objectType(),
                e.objectId(),
                AuditEvent.Outcome.DENIED,
                e.ip(),
                e.correlationId(),
                e.extra());
        chain.set(1, ChainedEvent.link(chain.get(0).hash(), edited));

        assertThat(AuditChain.verify(chain).firstBroken()).isEqualTo(2);
    }

    @Test
    void aStretchVerifiesFromTheHashBeforeItAndRowsOfOtherTenantsAreRejected() {
        List<ChainedEvent> chain = chain(6);
        assertThat(AuditChain.verify(chain.subList(3, 6), chain.get(2).hash()).intact())
                .isTrue();
        assertThat(AuditChain.verify(chain.subList(3, 6)).firstBroken()).isZero();

        AuditEvent e = event(9);
        AuditEvent foreign =
                new AuditEvent(e.ts(), "bright-hfa", e.actor(), e.verb(), null, null, e.outcome(), null, null, null);
        List<ChainedEvent> mixed = new ArrayList<>(chain.subList(0, 2));
        mixed.add(ChainedEvent.link(chain.get(1).hash(), foreign));
        assertThat(AuditChain.verify(mixed).reason()).isEqualTo("row 2: belongs to another tenant's chain");
    }

    @Test
    void canonicalFormIsStableAndUnambiguous() {
        Map<String, String> extraA = new LinkedHashMap<>();
        extraA.put("b", "2");
        extraA.put("a", "1");
        Map<String, String> extraB = new LinkedHashMap<>();
        extraB.put("a", "1");
        extraB.put("b", "2");
        Instant withNanos = Instant.parse("2026-09-06T08:00:00.123456789Z");
        AuditEvent a =
                new AuditEvent(withNanos, "t", "u", "v", null, "", AuditEvent.Outcome.SUCCESS, null, "c", extraA);
        AuditEvent b = new AuditEvent(
                Instant.parse("2026-09-06T08:00:00.123456Z"),
                "t",
                "u",
                "v",
                null,
                "",
                AuditEvent.Outcome.SUCCESS,
                null,
                "c",
                extraB);

        assertThat(AuditChain.canonical(a)).isEqualTo(AuditChain.canonical(b));
        assertThat(AuditChain.canonical(a))
                .startsWith("audit-v1\nts=27:2026-09-06T08:00:00.123456Z\ntenant=1:t\n")
                .contains("object_type=~\nobject_id=0:\n")
                .endsWith("extra=2\nextra.key=1:a\nextra.value=1:1\nextra.key=1:b\nextra.value=1:2\n");
        AuditEvent hebrew =
                new AuditEvent(withNanos, "t", "שרה", "v", null, null, AuditEvent.Outcome.SUCCESS, null, null, null);
        assertThat(AuditChain.canonical(hebrew)).contains("actor=6:שרה\n");
        assertThat(AuditChain.hash(AuditChain.GENESIS, a))
                .hasSize(64)
                .matches("[0-9a-f]+")
                .isEqualTo(AuditChain.hash(AuditChain.GENESIS, b))
                .isNotEqualTo(AuditChain.hash("1" + AuditChain.GENESIS.substring(1), a));
    }
}
