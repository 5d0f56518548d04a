package com.dentalai.hub.platform.errors;

import com.dentalai.hub.platform.gate.PlatformScope;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads the dead-letter index the way a platform operator would. */
public final class DeadLetterTestSupport {

    private DeadLetterTestSupport() {}

    public static Optional<DeadLetter> find(DeadLetterStore store, String id, String tenant) {
        return store.find(Set.of(tenant == null ? PlatformScope.TENANT_ID : tenant), UUID.fromString(id));
    }
}
