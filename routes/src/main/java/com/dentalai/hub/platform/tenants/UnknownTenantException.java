package com.dentalai.hub.platform.tenants;

import com.dentalai.hub.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A request named a tenant the hub does not know: 404 problem. */
public class UnknownTenantException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public UnknownTenantException(String tenantId) {
        super(HttpStatus.NOT_FOUND, "unknown-tenant", "Unknown tenant '" + printable(tenantId) + "'");
    }

    /** Echo only id-like text back: the id came from the caller. */
    private static String printable(String id) {
        if (id == null) {
            return "";
        }
        String cut = id.length() > 64 ? id.substring(0, 64) : id;
        return cut.replaceAll("[^A-Za-z0-9_-]", "?");
    }
}
