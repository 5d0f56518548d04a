package com.dentalai.hub.platform.audit;

import com.dentalai.hub.domain.audit.AuditChain;
import com.dentalai.hub.platform.audit.ChainVerification.BrokenLink;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Re-walks one tenant's chain up to the head it has now: every row must carry the next sequence
 * number, point at its predecessor's hash, and hash to its own stored hash; the last row must be
 * the head. Reads in pages, so a long chain verifies in bounded memory.
 */
@Component
class AuditChainVerifier {

    private final AuditStore store;
    private final int pageSize;

    AuditChainVerifier(AuditStore store, AuditProperties props) {
        this.store = store;
        this.pageSize = props.exportPageSize();
    }

    ChainVerification verify(String tenant) {
        Optional<AuditStore.ChainHead> head = store.head(tenant);
        if (head.isEmpty()) {
            return ChainVerification.intact(tenant, 0, 0);
        }
        long headSeq = head.get().lastSeq();
        Optional<AuditStore.RetentionMark> mark = store.retentionMark(tenant);
        long expectedSeq = mark.map(m -> m.purgedThroughSeq() + 1).orElse(1L);
        String expectedPrev = mark.map(AuditStore.RetentionMark::anchorHash).orElse(AuditChain.GENESIS);
        long checked = 0;
        List<StoredAuditRow> page = store.chainPage(tenant, expectedSeq - 1, headSeq, pageSize);
        while (!page.isEmpty()) {
            for (StoredAuditRow row : page) {
                String problem = problem(row, expectedSeq, expectedPrev);
                if (problem != null) {
                    return ChainVerification.broken(
                            tenant, checked, headSeq, new BrokenLink(row.id(), row.seq(), problem));
                }
                expectedPrev = row.hash();
                expectedSeq++;
                checked++;
            }
            page = store.chainPage(tenant, expectedSeq - 1, headSeq, pageSize);
        }
        if (expectedSeq - 1 != headSeq) {
            return ChainVerification.broken(
                    tenant,
                    checked,
                    headSeq,
                    new BrokenLink(null, expectedSeq, "rows " + expectedSeq + ".." + headSeq + " missing at the end"));
        }
        if (!expectedPrev.equals(head.get().lastHash())) {
            return ChainVerification.broken(
                    tenant, checked, headSeq, new BrokenLink(null, headSeq, "last row does not match the chain head"));
        }
        return ChainVerification.intact(tenant, checked, headSeq);
    }

    private static String problem(StoredAuditRow row, long expectedSeq, String expectedPrev) {
        if (row.seq() != expectedSeq) {
            return "rows " + expectedSeq + ".." + (row.seq() - 1) + " missing before this row";
        }
        if (!row.prevHash().equals(expectedPrev)) {
            return "prev_hash does not match the previous row's hash";
        }
        if (!AuditChain.hash(row.prevHash(), row.event()).equals(row.hash())) {
            return "hash does not match the row's content (row changed)";
        }
        return null;
    }
}
