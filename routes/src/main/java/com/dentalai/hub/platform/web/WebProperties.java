package com.dentalai.hub.platform.web;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the HTTP edge.
 *
 * @param maxBodyBytes largest request body accepted (JSON APIs, webhooks, CSV import); larger → 413
 */
@Validated
@ConfigurationProperties("hub.web")
public record WebProperties(@Min(1024) long maxBodyBytes) {}
