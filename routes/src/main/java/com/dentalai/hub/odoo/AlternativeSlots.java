package com.dentalai.hub.odoo;

import com.dentalai.hub.domain.clinic.ClinicRecords;
import com.dentalai.hub.domain.schedule.BusyInterval;
import com.dentalai.hub.domain.schedule.Slot;
import com.dentalai.hub.domain.schedule.SlotFinder;
import com.dentalai.hub.domain.schedule.SlotQuery;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What to offer when the wanted slot is gone: the next free slots of the same practitioner from
 * the tenant's schedule, minus what Odoo has booked and what other requests are claiming right
 * now (their appointments may not be in Odoo yet). One Odoo call, only on this unhappy path.
 */
@Component
class AlternativeSlots {

    private final OdooClients clients;
    private final TenantTransactions tx;
    private final OdooProperties properties;

    AlternativeSlots(OdooClients clients, TenantTransactions tx, OdooProperties properties) {
        this.clients = clients;
        this.tx = tx;
        this.properties = properties;
    }

    List<Slot> near(String tenantId, ClinicRecords records, Slot wanted, int max) {
        if (max == 0) {
            return List.of();
        }
        Tenant tenant = clients.tenant(tenantId);
        LocalDate from = wanted.start().atZone(tenant.timezone()).toLocalDate();
        LocalDate to = from.plusDays(properties.alternativesDays());
        Instant horizon = to.plusDays(1).atStartOfDay(tenant.timezone()).toInstant();
        List<BusyInterval> busy = new ArrayList<>(records.busyIntervals(wanted.start(), horizon));
        busy.add(new BusyInterval(wanted.start(), wanted.end(), wanted.practitionerId()));
        busy.addAll(activeClaims(tenantId, wanted.start(), horizon));
        List<String> practitioners = wanted.practitionerId() == null ? List.of() : List.of(wanted.practitionerId());
        SlotQuery query = SlotQuery.of(from, to, wanted.start(), practitioners, busy, max);
        return new SlotFinder(tenant.schedule(), tenant.timezone()).find(query);
    }

    private List<BusyInterval> activeClaims(String tenantId, Instant from, Instant to) {
        return tx.inTenant(
                tenantId,
                jdbc -> jdbc.query(
                        "select lower(during), upper(during), nullif(practitioner_key, '*') from slot_claims"
                                + " where tenant_id = ? and expires_at >= now() and during && tstzrange(?, ?, '[)')",
                        (rs, i) -> new BusyInterval(
                                rs.getTimestamp(1).toInstant(),
                                rs.getTimestamp(2).toInstant(),
                                rs.getString(3)),
                        tenantId,
                        Timestamp.from(from),
                        Timestamp.from(to)));
    }
}
