package com.dentalai.hub.reminders;

import com.dentalai.hub.connectors.odoo.OdooValues;
import com.dentalai.hub.connectors.odoo.mapping.MappingLoader;
import com.dentalai.hub.connectors.odoo.mapping.OdooMapping.PatientMapping;
import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.phone.PhoneNumbers;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.odoo.OdooClients;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where a patient can be reached: the chats Dana already had with them (a Telegram chat is bound to
 * the patient ref once Dana identified the patient there, see {@code Effect.PatientIdentified}),
 * and WhatsApp by the phone in Odoo, normalised to E.164 with libphonenumber. The language is the
 * patient's last conversation language, else the tenant's locale.
 */
@Component
class PatientChannels {

    /**
     * @param whatsapp the WhatsApp recipient (wa_id: E.164 digits without '+'); empty = none
     * @param telegram the Telegram chat id bound to the patient; empty = none
     * @param telegramFirst the patient talked to us on Telegram more recently than on WhatsApp
     * @param e164 the phone in Odoo, normalised (the SMS fallback); empty when missing or invalid
     * @param language "he" or "en"
     * @param phoneProblem PHI-free note when Odoo's phone is missing or invalid, else null
     */
    record Reach(
            Optional<String> whatsapp,
            Optional<String> telegram,
            boolean telegramFirst,
            Optional<String> e164,
            String language,
            String phoneProblem) {

        boolean none() {
            return whatsapp.isEmpty() && telegram.isEmpty();
        }
    }

    private record Bound(Channel channel, String key, String language) {}

    private final TenantTransactions tx;
    private final OdooClients clients;
    private final MappingLoader mappings;

    PatientChannels(TenantTransactions tx, OdooClients clients, MappingLoader mappings) {
        this.tx = tx;
        this.clients = clients;
        this.mappings = mappings;
    }

    Reach reach(Tenant tenant, String patientRef) {
        List<Bound> bound = patientRef == null ? List.of() : bound(tenant.id(), patientRef);
        Optional<Bound> telegramChat = bound.stream()
                .filter(b ->
                        b.channel() == Channel.TELEGRAM && tenant.channels().hasTelegram())
                .findFirst();
        Optional<Bound> whatsappChat = bound.stream()
                .filter(b ->
                        b.channel() == Channel.WHATSAPP && tenant.channels().hasWhatsapp())
                .findFirst();
        String rawPhone =
                patientRef == null ? null : odooPhone(tenant, patientRef).orElse(null);
        Optional<String> e164 = PhoneNumbers.toE164(rawPhone);
        String problem = rawPhone == null ? "no phone in Odoo" : e164.isEmpty() ? "invalid phone in Odoo" : null;
        Optional<String> whatsapp = whatsappChat
                .map(Bound::key)
                .or(() -> tenant.channels().hasWhatsapp() ? e164.map(n -> n.substring(1)) : Optional.empty());
        String language = bound.stream()
                .map(Bound::language)
                .filter(l -> l != null && !l.isBlank())
                .findFirst()
                .orElse(tenant.locale());
        boolean telegramFirst =
                telegramChat.isPresent() && (bound.get(0).channel() == Channel.TELEGRAM || whatsapp.isEmpty());
        return new Reach(whatsapp, telegramChat.map(Bound::key), telegramFirst, e164, language, problem);
    }

    /** The patient's WhatsApp and Telegram chats, most recent first. */
    private List<Bound> bound(String tenant, String patientRef) {
        return tx.inTenant(
                tenant,
                jdbc -> jdbc.query(
                        "select channel, conversation_key, state ->> 'language' from conversations where tenant_id = ?"
                                + " and state ->> 'patient_ref' = ?"
                                + " and channel in ('WHATSAPP', 'TELEGRAM') order by updated_at desc",
                        (rs, i) -> new Bound(Channel.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)),
                        tenant,
                        patientRef));
    }

    /** The first non-empty phone field of the patient's record in Odoo. */
    private Optional<String> odooPhone(Tenant tenant, String patientRef) {
        long id;
        try {
            id = Long.parseLong(patientRef);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        PatientMapping pm = mappings.load(tenant.odoo().mapping()).patient();
        List<Map<String, Object>> found = clients.clientFor(tenant)
                .read(pm.model(), List.of(id), pm.fields().phone());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return pm.fields().phone().stream()
                .map(f -> OdooValues.string(found.get(0).get(f)))
                .flatMap(Optional::stream)
                .filter(s -> !s.isBlank())
                .findFirst();
    }
}
