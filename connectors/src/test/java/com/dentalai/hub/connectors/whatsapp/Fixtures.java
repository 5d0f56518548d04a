package com.dentalai.hub.connectors.whatsapp;

import com.dentalai.hub.connectors.SharedFixtures;

/** The whatsapp payloads of the shared fixtures (see {@link SharedFixtures}). */
final class Fixtures {

    private Fixtures() {}

    static byte[] bytes(String name) {
        return SharedFixtures.bytes("whatsapp", name);
    }
}
