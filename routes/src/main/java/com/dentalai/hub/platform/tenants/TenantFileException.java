package com.dentalai.hub.platform.tenants;

import com.dentalai.hub.domain.validation.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** The tenants file is invalid: start-up stops, and the message names every bad key. */
public class TenantFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public TenantFileException(String file, List<FieldError> errors) {
        super("Invalid tenants file " + file + ":\n  "
                + errors.stream().map(FieldError::toString).collect(Collectors.joining("\n  ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
