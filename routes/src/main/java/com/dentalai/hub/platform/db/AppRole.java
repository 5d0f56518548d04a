package com.dentalai.hub.platform.db;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The login the hub runs as: no superuser, no BYPASSRLS, not the table owner. When no password is
 * configured, one is generated for this run and set on the role, so no app password is ever
 * stored.
 */
record AppRole(String name, String password) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    static AppRole provision(DataSource owner, String name, String configuredPassword) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("hub.db.app-role must match " + SAFE_NAME + ": " + name);
        }
        String password =
                configuredPassword == null || configuredPassword.isBlank() ? generatePassword() : configuredPassword;
        try (Connection c = owner.getConnection()) {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            try (Statement st = c.createStatement()) {
                // identifiers cannot be bound; the name is validated above and the password is hex/quoted
                String verb = exists ? "alter" : "create";
                st.execute(verb + " role " + name + " login nosuperuser nobypassrls nocreatedb nocreaterole password "
                        + quote(password));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not provision the database app role '" + name + "'", e);
        }
        return new AppRole(name, password);
    }

    private static String generatePassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String quote(String literal) {
        return "'" + literal.replace("'", "''") + "'";
    }

    @Override
    public String toString() {
        return "AppRole[" + name + "]";
    }
}
