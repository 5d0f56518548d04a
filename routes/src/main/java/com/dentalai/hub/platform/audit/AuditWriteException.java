package com.dentalai.hub.platform.audit;

import java.sql.SQLException;
import org.springframework.dao.DataAccessException;

/** A batch could not be written; carries the SQL state only, never the driver's row-quoting message. */
class AuditWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AuditWriteException(int events, DataAccessException cause) {
        super("Audit batch of " + events + " events not written (" + describe(cause)
                + "); returned to the queue for redelivery");
    }

    private static String describe(DataAccessException e) {
        Throwable root = e.getMostSpecificCause();
        String state = root instanceof SQLException sql ? sql.getSQLState() : null;
        return e.getClass().getSimpleName() + (state == null ? "" : ", SQL state " + state);
    }
}
