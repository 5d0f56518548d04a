package com.dentalai.hub.connectors.odoo;

import com.dentalai.hub.connectors.odoo.OdooConnection.Transport;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the contract suite runs: the loopback stand-in by default, a real Odoo when ODOO_URL,
 * ODOO_DB, ODOO_USER and ODOO_PASSWORD are set (run with {@code -Podoo-live}). The tests do not
 * know which.
 */
final class OdooContractTarget {

    private static OdooStandInServer standIn;
    private static final Map<Transport, String> STAND_IN_KEYS = new EnumMap<>(Transport.class);

    private OdooContractTarget() {}

    static boolean live() {
        boolean asked = Boolean.getBoolean("odoo.live");
        if (asked && System.getenv("ODOO_URL") == null) {
            throw new IllegalStateException("-Podoo-live needs ODOO_URL, ODOO_DB, ODOO_USER and ODOO_PASSWORD");
        }
        return System.getenv("ODOO_URL") != null;
    }

    /** {@code standard} or {@code dental}; the stand-in has both. */
    static boolean hasDentalModels() {
        return !live() || "dental".equalsIgnoreCase(System.getenv("ODOO_MAPPING"));
    }

    /** Odoo 17 has no JSON-2; a live run tries it only when ODOO_JSON2=true (then ODOO_PASSWORD is an API key). */
    static boolean supports(Transport transport) {
        return transport != Transport.JSON2 || !live() || "true".equalsIgnoreCase(System.getenv("ODOO_JSON2"));
    }

    static synchronized OdooStandInServer standIn() {
        if (standIn == null) {
            standIn = new OdooStandInServer().start();
            Runtime.getRuntime().addShutdownHook(new Thread(standIn::close));
        }
        return standIn;
    }

    static OdooConnection connection(Transport transport) {
        if (live()) {
            return new OdooConnection(
                    "contract",
                    URI.create(System.getenv("ODOO_URL")),
                    System.getenv("ODOO_DB"),
                    System.getenv("ODOO_USER"),
                    System.getenv("ODOO_PASSWORD"),
                    null,
                    transport,
                    null,
                    Duration.ofSeconds(60));
        }
        return standInConnection("contract", "admin", "admin", transport);
    }

    /** A user that may read but not write: ODOO_READONLY_USER/ODOO_READONLY_PASSWORD live, {@code readonly} here. */
    static OdooConnection readOnlyConnection(Transport transport) {
        if (live()) {
            String user = System.getenv("ODOO_READONLY_USER");
            if (user == null) {
                return null;
            }
            return connection(transport)
                    .withSecret(System.getenv("ODOO_READONLY_PASSWORD"))
                    .withLogin(user);
        }
        return standInConnection("contract-readonly", "readonly", "readonly", transport);
    }

    private static OdooConnection standInConnection(String tenant, String login, String password, Transport transport) {
        OdooStandInServer server = standIn();
        String secret = password;
        if (transport == Transport.JSON2) {
            synchronized (STAND_IN_KEYS) {
                secret = "admin".equals(login)
                        ? STAND_IN_KEYS.computeIfAbsent(Transport.JSON2, t -> server.addApiKey("admin"))
                        : server.addApiKey(login);
            }
        }
        return new OdooConnection(
                tenant,
                URI.create(server.url()),
                server.database(),
                login,
                secret,
                null,
                transport,
                Duration.ofSeconds(2),
                Duration.ofSeconds(10));
    }
}
