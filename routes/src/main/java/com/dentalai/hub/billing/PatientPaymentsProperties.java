package com.dentalai.hub.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Patients paying clinics' invoices online through Yosef (docs/configuration.md, "Billing").
 *
 * @param currency the clinics' invoicing currency, ISO 4217 lower case ({@code ils}); Odoo's
 *     residual amounts are charged in it
 * @param successUrl where Stripe's page sends the patient after paying
 * @param cancelUrl where it sends a patient who gave up
 */
@Validated
@ConfigurationProperties("hub.billing.patient-payments")
public record PatientPaymentsProperties(
        @NotBlank @Pattern(regexp = "[a-z]{3}") String currency,
        @NotBlank String successUrl,
        @NotBlank String cancelUrl) {}
