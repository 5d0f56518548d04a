package com.dentalai.hub.domain.tenant;

import com.dentalai.hub.domain.schedule.Schedule;
import com.dentalai.hub.domain.support.Copies;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One entry of the tenants file (CONTRACTS.md). Only {@code id}, {@code name}, {@code kind}, {@code
 * timezone} and {@code locale} are required; every other component may be {@code null} and is
 * replaced by its default here, so a YAML mapper can call the canonical constructor with whatever the
 * file contains. Missing required values are not rejected by the constructor: {@link
 * TenantValidator} reports them with the key that names them.
 *
 * <p>Secret-bearing settings hold only environment-variable names. When a name is omitted it
 * defaults from the id: {@code smile-tlv} gives {@code SMILE_TLV_ODOO_PASSWORD}, {@code
 * SMILE_TLV_WHATSAPP_APP_SECRET}, … (see {@link #envPrefix()}).
 *
 * <p>YAML mapping notes: keys are kebab-case ({@code company-id}, {@code password-env}); enums are
 * lower case in the file ({@code clinic}, {@code xmlrpc}, {@code webhook}); {@code address} is a
 * string or a per-locale map (see {@link LocalizedText}).
 */
public record Tenant(
        String id,
        String name,
        TenantKind kind,
        String parent,
        ZoneId timezone,
        String locale,
        String phone,
        LocalizedText address,
        OdooSettings odoo,
        Schedule schedule,
        Map<String, Map<String, String>> faq,
        ReminderSettings reminders,
        BillingSettings billing,
        ChannelBindings channels) {

    /** Locales the hub can speak today; {@code ar} comes later. */
    public static final Set<String> SUPPORTED_LOCALES = Set.of("he", "en");

    public Tenant {
        String prefix = envPrefix(id);
        parent = parent == null || parent.isBlank() ? null : parent;
        phone = phone == null || phone.isBlank() ? null : phone;
        address = address == null ? LocalizedText.EMPTY : address;
        odoo = (odoo == null ? OdooSettings.defaults() : odoo).withEnvDefaults(prefix);
        schedule = schedule == null ? Schedule.defaults() : schedule;
        faq = copyFaq(faq);
        reminders = reminders == null ? ReminderSettings.defaults() : reminders;
        billing = billing == null ? BillingSettings.defaults() : billing;
        channels = (channels == null ? ChannelBindings.defaults() : channels).withEnvDefaults(prefix);
    }

    /** A tenant with only the required values and every default: handy for tests and demos. */
    public static Tenant of(String id, String name, TenantKind kind, String parent, ZoneId timezone, String locale) {
        return new Tenant(id, name, kind, parent, timezone, locale, null, null, null, null, null, null, null, null);
    }

    /** The prefix of default env-var names: the id in upper case with dashes as underscores. */
    public String envPrefix() {
        return envPrefix(id);
    }

    public boolean isHq() {
        return kind == TenantKind.HQ;
    }

    public boolean isBranch() {
        return kind == TenantKind.BRANCH;
    }

    /** A FAQ answer such as {@code faq("prices", "cleaning")}, or {@code null}. */
    public String faq(String section, String key) {
        Map<String, String> entries = faq.get(section);
        return entries == null ? null : entries.get(key);
    }

    static String envPrefix(String id) {
        if (id == null || id.isBlank()) {
            return "TENANT";
        }
        String prefix = id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        // an env name must not start with a digit
        return Character.isDigit(prefix.charAt(0)) ? "T_" + prefix : prefix;
    }

    private static Map<String, Map<String, String>> copyFaq(Map<String, Map<String, String>> faq) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        Copies.copy(faq).forEach((section, entries) -> copy.put(section, Copies.copy(entries)));
        return Collections.unmodifiableMap(copy);
    }
}
