package com.dentalai.hub.connectors.odoo;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How one tenant reaches its Odoo. The secret is the user's password or API key (XML-RPC and
 * JSON-RPC accept either; JSON-2 needs an API key) and never appears in {@link #toString()}.
 *
 * @param tenantId the hub tenant this connection belongs to; keys the per-tenant circuit breaker
 * @param url base URL, e.g. {@code http://127.0.0.1:8069} (no path)
 * @param companyId the Odoo company records are written to, or {@code null} for the user's default
 */
public record OdooConnection(
        String tenantId,
        URI url,
        String database,
        String login,
        String secret,
        Long companyId,
        Transport transport,
        Duration connectTimeout,
        Duration readTimeout) {

    /** The wire protocol; XML-RPC and JSON-RPC for Odoo 17/18, JSON-2 for Odoo 19 onward. */
    public enum Transport {
        XMLRPC,
        JSONRPC,
        JSON2
    }

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public OdooConnection {
        requireText(tenantId, "tenantId");
        Objects.requireNonNull(url, "url");
        requireText(database, "database");
        requireText(login, "login");
        Objects.requireNonNull(secret, "secret");
        transport = transport == null ? Transport.XMLRPC : transport;
        connectTimeout = positiveOr(connectTimeout, DEFAULT_CONNECT_TIMEOUT);
        readTimeout = positiveOr(readTimeout, DEFAULT_READ_TIMEOUT);
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("Odoo url must be http(s): " + url);
        }
    }

    /** An XML-RPC connection with default timeouts and the user's default company. */
    public static OdooConnection xmlRpc(String tenantId, String url, String database, String login, String secret) {
        return new OdooConnection(
                tenantId, URI.create(url), database, login, secret, null, Transport.XMLRPC, null, null);
    }

    public OdooConnection withTransport(Transport newTransport) {
        return new OdooConnection(
                tenantId, url, database, login, secret, companyId, newTransport, connectTimeout, readTimeout);
    }

    public OdooConnection withSecret(String newSecret) {
        return new OdooConnection(
                tenantId, url, database, login, newSecret, companyId, transport, connectTimeout, readTimeout);
    }

    public OdooConnection withLogin(String newLogin) {
        return new OdooConnection(
                tenantId, url, database, newLogin, secret, companyId, transport, connectTimeout, readTimeout);
    }

    public OdooConnection withTenantId(String newTenantId) {
        return new OdooConnection(
                newTenantId, url, database, login, secret, companyId, transport, connectTimeout, readTimeout);
    }

    public OdooConnection withTimeouts(Duration connect, Duration read) {
        return new OdooConnection(tenantId, url, database, login, secret, companyId, transport, connect, read);
    }

    public OdooConnection withCompanyId(Long newCompanyId) {
        return new OdooConnection(
                tenantId, url, database, login, secret, newCompanyId, transport, connectTimeout, readTimeout);
    }

    /** Base URL without a trailing slash, so paths can be appended. */
    String baseUrl() {
        String s = url.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public String toString() {
        // the secret stays out: connections end up in logs, health details and exception messages
        return "OdooConnection[tenantId=" + tenantId + ", url=" + url + ", database=" + database + ", login=" + login
                + ", secret=****, companyId=" + companyId + ", transport=" + transport + ", connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static Duration positiveOr(Duration value, Duration fallback) {
        return value == null || value.isZero() || value.isNegative() ? fallback : value;
    }
}
