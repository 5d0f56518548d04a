package com.dentalai.hub.platform.integration;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Integrators' declarative routes.
 *
 * @param routesDir folder of {@code *.camel.yaml} files, relative to the working directory
 * @param reload whether edits and new files in that folder are applied while the hub runs
 */
@Validated
@ConfigurationProperties("hub.integration")
public record IntegrationProperties(
        @NotBlank @DefaultValue("config/routes") String routesDir, @DefaultValue("true") boolean reload) {}
