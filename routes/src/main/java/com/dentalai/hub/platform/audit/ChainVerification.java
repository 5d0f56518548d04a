package com.dentalai.hub.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code GET /api/v1/audit/verify}: whether a tenant's chain is intact, how many
 * rows were checked, and where it first breaks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(
        String tenant,
        boolean ok,
        long checked,
        @JsonProperty("last_seq") long lastSeq,
        @JsonProperty("first_broken") BrokenLink firstBroken) {

    /**
     * Where the chain breaks.
     *
     * @param id the row that does not fit; {@code null} when rows are missing at the end
     * @param seq its (or the first missing) per-tenant sequence number
     * @param reason what does not match
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BrokenLink(Long id, long seq, String reason) {}

    static ChainVerification intact(String tenant, long checked, long lastSeq) {
        return new ChainVerification(tenant, true, checked, lastSeq, null);
    }

    static ChainVerification broken(String tenant, long checked, long lastSeq, BrokenLink link) {
        return new ChainVerification(tenant, false, checked, lastSeq, link);
    }
}
