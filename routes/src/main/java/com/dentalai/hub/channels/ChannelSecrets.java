package com.dentalai.hub.channels;

import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads the secret an environment variable NAMED in the tenants file holds. Looked up through
 * Spring's environment, which includes the process environment first-class; a Spring property of the
 * same name works too, which is how tests (and the demo launcher) provide secrets without touching
 * the process environment. Values never reach a log or a {@code toString()}.
 */
@Component
public class ChannelSecrets {

    private final Environment environment;

    ChannelSecrets(Environment environment) {
        this.environment = environment;
    }

    /** The value of the variable {@code envName}; empty when the name or the value is missing. */
    public Optional<String> value(String envName) {
        if (envName == null || envName.isBlank()) {
            return Optional.empty();
        }
        String value = environment.getProperty(envName);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
