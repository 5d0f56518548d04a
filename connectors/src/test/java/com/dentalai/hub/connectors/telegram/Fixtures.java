package com.dentalai.hub.connectors.telegram;

import com.dentalai.hub.connectors.SharedFixtures;

/** The telegram payloads of the shared fixtures (see {@link SharedFixtures}). */
final class Fixtures {

    private Fixtures() {}

    static byte[] bytes(String name) {
        return SharedFixtures.bytes("telegram", name);
    }
}
