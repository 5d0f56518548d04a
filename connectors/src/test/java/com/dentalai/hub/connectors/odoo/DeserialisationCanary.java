package com.dentalai.hub.connectors.odoo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicBoolean;

/** Trips when Java deserialisation touches it: proves a server-sent object was never read. */
final class DeserialisationCanary extends RuntimeException implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final AtomicBoolean TRIPPED = new AtomicBoolean();

    static byte[] serialised() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new DeserialisationCanary());
        }
        return bytes.toByteArray();
    }

    static void reset() {
        TRIPPED.set(false);
    }

    static boolean tripped() {
        return TRIPPED.get();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        TRIPPED.set(true);
    }
}
