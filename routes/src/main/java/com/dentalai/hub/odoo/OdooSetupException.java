package com.dentalai.hub.odoo;

/**
 * A tenant's Odoo cannot even be tried: unknown tenant, or the environment variable its tenant
 * file names for the secret is not set. The message names the variable, never a value.
 */
public class OdooSetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OdooSetupException(String message) {
        super(message);
    }
}
