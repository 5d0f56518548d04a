package com.dentalai.hub.domain.tenant;

import com.dentalai.hub.domain.phone.PhoneNumbers;
import com.dentalai.hub.domain.schedule.OpeningHours;
import com.dentalai.hub.domain.schedule.PractitionerSchedule;
import com.dentalai.hub.domain.schedule.Schedule;
import com.dentalai.hub.domain.validation.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks a whole tenants file and reports every problem with the key that holds it, e.g. {@code
 * tenants[2].odoo.url: must be an http(s) URL}. Keys are spelled as in the YAML (kebab-case). The
 * checks that need the whole list (unique ids, a branch's parent is an HQ, unique WhatsApp phone
 * number ids) live here too.
 */
public final class TenantValidator {

    public static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    static final Pattern ENV_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");
    static final Pattern MAPPING = Pattern.compile("[a-z0-9_-]+");
    static final Pattern TEMPLATE = Pattern.compile("[a-z0-9_]+");
    static final Pattern DIGITS = Pattern.compile("[0-9]+");
    static final int MAX_SLOT_MINUTES = 8 * 60;
    static final int MAX_GRACE_DAYS = 90;

    private TenantValidator() {}

    /** Every problem of the file's {@code tenants} list; empty when the list is valid. */
    public static List<FieldError> validate(List<Tenant> tenants) {
        List<FieldError> errors = new ArrayList<>();
        if (tenants == null) {
            errors.add(new FieldError("tenants", "is required"));
            return errors;
        }
        Map<String, Integer> firstById = new HashMap<>();
        Map<String, Integer> firstByPhoneNumberId = new HashMap<>();
        for (int i = 0; i < tenants.size(); i++) {
            String key = "tenants[" + i + "]";
            Tenant tenant = tenants.get(i);
            if (tenant == null) {
                errors.add(new FieldError(key, "must not be empty"));
                continue;
            }
            new Checker(key, errors).tenant(tenant);
            if (tenant.id() != null) {
                Integer first = firstById.putIfAbsent(tenant.id(), i);
                if (first != null) {
                    errors.add(
                            new FieldError(key + ".id", "duplicates tenants[" + first + "].id '" + tenant.id() + "'"));
                }
            }
            ChannelBindings.WhatsApp whatsapp = tenant.channels().whatsapp();
            if (whatsapp != null && whatsapp.phoneNumberId() != null) {
                Integer first = firstByPhoneNumberId.putIfAbsent(whatsapp.phoneNumberId(), i);
                if (first != null) {
                    errors.add(new FieldError(
                            key + ".channels.whatsapp.phone-number-id", "is already bound to tenants[" + first + "]"));
                }
            }
        }
        checkParents(tenants, firstById, errors);
        return errors;
    }

    private static void checkParents(List<Tenant> tenants, Map<String, Integer> indexById, List<FieldError> errors) {
        for (int i = 0; i < tenants.size(); i++) {
            Tenant tenant = tenants.get(i);
            if (tenant == null || tenant.kind() == null) {
                continue;
            }
            String key = "tenants[" + i + "].parent";
            if (tenant.kind() != TenantKind.BRANCH) {
                if (tenant.parent() != null) {
                    errors.add(new FieldError(key, "only a branch has a parent"));
                }
                continue;
            }
            if (tenant.parent() == null) {
                errors.add(new FieldError(key, "is required for a branch (the id of its hq)"));
                continue;
            }
            Integer parentIndex = indexById.get(tenant.parent());
            if (parentIndex == null) {
                errors.add(new FieldError(key, "'" + tenant.parent() + "' is not a tenant id"));
            } else if (tenants.get(parentIndex).kind() != TenantKind.HQ) {
                errors.add(new FieldError(key, "'" + tenant.parent() + "' is not an hq"));
            }
        }
    }

    /** Checks of one tenant, collecting into a shared list. */
    private static final class Checker {
        private final String root;
        private final List<FieldError> errors;

        Checker(String root, List<FieldError> errors) {
            this.root = root;
            this.errors = errors;
        }

        void tenant(Tenant t) {
            if (required("id", t.id()) && !ID.matcher(t.id()).matches()) {
                error("id", "must match [a-z0-9-]+");
            }
            required("name", t.name());
            required("kind", t.kind());
            required("timezone", t.timezone());
            if (required("locale", t.locale()) && !Tenant.SUPPORTED_LOCALES.contains(t.locale())) {
                error(
                        "locale",
                        "must be one of "
                                + String.join(
                                        ", ",
                                        Tenant.SUPPORTED_LOCALES.stream()
                                                .sorted()
                                                .toList()));
            }
            if (t.phone() != null && !PhoneNumbers.isValid(t.phone())) {
                error("phone", "is not a valid phone number (e.g. +972-3-555-0100)");
            }
            for (String locale : t.address().byLocale().keySet()) {
                if (!Tenant.SUPPORTED_LOCALES.contains(locale)) {
                    error("address." + locale, "is not a supported locale");
                }
            }
            odoo(t.odoo());
            schedule(t.schedule());
            reminders(t.reminders());
            billing(t.billing());
            channels(t.channels());
        }

        private void odoo(OdooSettings odoo) {
            httpUrl("odoo.url", odoo.url());
            envName("odoo.password-env", odoo.passwordEnv());
            envName("odoo.api-key-env", odoo.apiKeyEnv());
            if (odoo.transport() == OdooSettings.Transport.JSON2 && odoo.apiKeyEnv() == null) {
                error("odoo.api-key-env", "is required for transport json2");
            }
            if (!MAPPING.matcher(odoo.mapping()).matches()) {
                error("odoo.mapping", "must be a mapping name such as standard or dental");
            }
            if (odoo.companyId() < 1) {
                error("odoo.company-id", "must be 1 or more");
            }
        }

        private void schedule(Schedule schedule) {
            int minutes = schedule.slotMinutes();
            if (minutes < 5 || minutes > MAX_SLOT_MINUTES) {
                error("schedule.slot-minutes", "must be between 5 and " + MAX_SLOT_MINUTES);
            }
            hours("schedule.hours", schedule.hours());
            schedule.practitioners().forEach((id, practitioner) -> practitioner(id, practitioner));
        }

        private void practitioner(String id, PractitionerSchedule practitioner) {
            String key = "schedule.practitioners." + id;
            if (id.isBlank()) {
                error(key, "needs a practitioner id");
            }
            hours(key + ".hours", practitioner.hours());
        }

        private void hours(String key, Map<String, String> hours) {
            hours.forEach((day, value) -> {
                if (OpeningHours.parseDay(day).isEmpty()) {
                    error(key + "." + day, "is not a weekday (use sun, mon, tue, wed, thu, fri, sat)");
                    return;
                }
                try {
                    OpeningHours.parseRanges(value);
                } catch (IllegalArgumentException e) {
                    error(key + "." + day, e.getMessage());
                }
            });
        }

        private void reminders(ReminderSettings reminders) {
            if (!TEMPLATE.matcher(reminders.whatsappTemplate()).matches()) {
                error("reminders.whatsapp-template", "must be a WhatsApp template name ([a-z0-9_]+)");
            }
            if (!TEMPLATE.matcher(reminders.surveyTemplate()).matches()) {
                error("reminders.survey-template", "must be a WhatsApp template name ([a-z0-9_]+)");
            }
        }

        private void billing(BillingSettings billing) {
            if (billing.graceDays() < 0 || billing.graceDays() > MAX_GRACE_DAYS) {
                error("billing.grace-days", "must be between 0 and " + MAX_GRACE_DAYS);
            }
            envName("billing.stripe-connected-account-env", billing.stripeConnectedAccountEnv());
        }

        private void channels(ChannelBindings channels) {
            ChannelBindings.WhatsApp whatsapp = channels.whatsapp();
            if (whatsapp != null) {
                if (required("channels.whatsapp.phone-number-id", whatsapp.phoneNumberId())
                        && !DIGITS.matcher(whatsapp.phoneNumberId()).matches()) {
                    error("channels.whatsapp.phone-number-id", "must be the numeric id Meta assigned");
                }
                envName("channels.whatsapp.app-secret-env", whatsapp.appSecretEnv());
                envName("channels.whatsapp.verify-token-env", whatsapp.verifyTokenEnv());
                envName("channels.whatsapp.access-token-env", whatsapp.accessTokenEnv());
            }
            ChannelBindings.Telegram telegram = channels.telegram();
            if (telegram != null) {
                envName("channels.telegram.bot-token-env", telegram.botTokenEnv());
                envName("channels.telegram.webhook-secret-env", telegram.webhookSecretEnv());
            }
            List<String> origins = channels.webchat().allowedOrigins();
            for (int i = 0; i < origins.size(); i++) {
                origin("channels.webchat.allowed-origins[" + i + "]", origins.get(i));
            }
        }

        private void httpUrl(String key, String value) {
            URI uri = uri(value);
            if (uri == null || uri.getHost() == null || !isHttp(uri)) {
                error(key, "must be an http(s) URL");
            }
        }

        private void origin(String key, String value) {
            URI uri = uri(value);
            boolean bare = uri != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
            if (!bare || uri.getHost() == null || !isHttp(uri)) {
                error(key, "must be an origin like https://clinic.example (scheme, host, optional port)");
            }
        }

        private static boolean isHttp(URI uri) {
            return "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        }

        private static URI uri(String value) {
            try {
                return new URI(value);
            } catch (URISyntaxException e) {
                return null;
            }
        }

        private void envName(String key, String value) {
            if (value != null && !ENV_NAME.matcher(value).matches()) {
                error(key, "must be an environment variable name ([A-Z_][A-Z0-9_]*), never the secret itself");
            }
        }

        private boolean required(String key, Object value) {
            if (value == null || (value instanceof String s && s.isBlank())) {
                error(key, "is required");
                return false;
            }
            return true;
        }

        private void error(String key, String message) {
            errors.add(new FieldError(root + "." + key, Objects.requireNonNull(message)));
        }
    }
}
