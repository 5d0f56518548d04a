package com.dentalai.hub.connectors.odoo.mapping;

import java.util.List;

/**
 * A mapping file that cannot be used. Each problem names the file and the key, e.g. {@code
 * mappings/dental.yaml: appointment.fields.start -> field 'startt' does not exist on
 * patient.appointment}, so an operator can fix it without reading code.
 */
public class MappingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public MappingException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public MappingException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
