package com.dentalai.hub.domain.tenant;

/**
 * How the hub reaches a tenant's Odoo. Credentials are never stored here, only the names of the
 * environment variables that hold them ({@code password-env} for XML-RPC, {@code api-key-env} for
 * JSON-2; XML-RPC also accepts an API key in place of the password).
 *
 * <p>Defaults: {@code http://localhost:8069}, database {@code odoo}, user {@code admin}, transport
 * XML-RPC, mapping {@code standard}, company 1; the env names default from the tenant id (see
 * {@link Tenant}).
 */
public record OdooSettings(
        String url,
        String database,
        String username,
        String passwordEnv,
        String apiKeyEnv,
        Transport transport,
        String mapping,
        Integer companyId) {

    public static final String DEFAULT_URL = "http://localhost:8069";
    public static final String DEFAULT_DATABASE = "odoo";
    public static final String DEFAULT_USERNAME = "admin";
    public static final String DEFAULT_MAPPING = "standard";
    public static final int DEFAULT_COMPANY_ID = 1;

    /** XML-RPC (Odoo 17/18, {@code /xmlrpc/2/*}) or JSON-2 (Odoo 19+, {@code /json/2/*}). */
    public enum Transport {
        XMLRPC,
        JSON2
    }

    public OdooSettings {
        url = orDefault(url, DEFAULT_URL);
        database = orDefault(database, DEFAULT_DATABASE);
        username = orDefault(username, DEFAULT_USERNAME);
        transport = transport == null ? Transport.XMLRPC : transport;
        mapping = orDefault(mapping, DEFAULT_MAPPING);
        companyId = companyId == null ? DEFAULT_COMPANY_ID : companyId;
    }

    public static OdooSettings defaults() {
        return new OdooSettings(null, null, null, null, null, null, null, null);
    }

    /**
     * Fills the credential env name the transport needs when neither is given: {@code
     * <PREFIX>_ODOO_PASSWORD} for XML-RPC, {@code <PREFIX>_ODOO_API_KEY} for JSON-2.
     */
    OdooSettings withEnvDefaults(String envPrefix) {
        if (passwordEnv != null || apiKeyEnv != null) {
            return this;
        }
        return transport == Transport.JSON2
                ? new OdooSettings(
                        url, database, username, null, envPrefix + "_ODOO_API_KEY", transport, mapping, companyId)
                : new OdooSettings(
                        url, database, username, envPrefix + "_ODOO_PASSWORD", null, transport, mapping, companyId);
    }

    /** The env var holding the secret used to log in: the API key when set, else the password. */
    public String credentialEnv() {
        return apiKeyEnv != null ? apiKeyEnv : passwordEnv;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
