package com.dentalai.hub.conversation;

import com.dentalai.hub.domain.clinic.Appointment;
import com.dentalai.hub.domain.clinic.BookingRequest;
import com.dentalai.hub.domain.clinic.ClinicRecords;
import com.dentalai.hub.domain.clinic.NewPatient;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.Practitioner;
import com.dentalai.hub.domain.clinic.RecordRef;
import com.dentalai.hub.domain.clinic.SlotTakenException;
import com.dentalai.hub.domain.conversation.BookingResult;
import com.dentalai.hub.domain.phone.PhoneNumbers;
import com.dentalai.hub.domain.schedule.BusyInterval;
import com.dentalai.hub.domain.schedule.Slot;
import com.dentalai.hub.domain.schedule.SlotFinder;
import com.dentalai.hub.domain.schedule.SlotQuery;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.odoo.BookingService;
import com.dentalai.hub.odoo.TenantRecords;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What each tool route does, for the tenant of the exchange's context: the clinic's records through
 * the tenant's Odoo mapping, bookings through {@link BookingService} (request keys, slot claims).
 */
@Component
class ClinicTools {

    private static final Logger LOG = LoggerFactory.getLogger(ClinicTools.class);

    private final TenantDirectory tenants;
    private final TenantRecords records;
    private final BookingService bookings;
    private final Clock clock = Clock.systemUTC();

    ClinicTools(TenantDirectory tenants, TenantRecords records, BookingService bookings) {
        this.tenants = tenants;
        this.records = records;
        this.bookings = bookings;
    }

    List<Slot> findSlots(ToolCalls.FindSlots call, @ExchangeProperty(HubContext.PROPERTY) HubContext ctx) {
        Tenant tenant = tenants.require(ctx.tenantId());
        Instant from = call.from().atStartOfDay(tenant.timezone()).toInstant();
        Instant to = call.to().plusDays(1).atStartOfDay(tenant.timezone()).toInstant();
        List<BusyInterval> busy = records.forTenant(tenant).busyIntervals(from, to);
        List<String> who = call.practitionerId() == null ? List.of() : List.of(call.practitionerId());
        SlotQuery query = SlotQuery.of(call.from(), call.to(), clock.instant(), who, busy, call.limit());
        return new SlotFinder(tenant.schedule(), tenant.timezone()).find(query);
    }

    List<Practitioner> practitioners(
            ToolCalls.Practitioners call, @ExchangeProperty(HubContext.PROPERTY) HubContext ctx) {
        return records.forTenant(ctx.tenantId()).listPractitioners();
    }

    BookingResult book(ToolCalls.Book call, @ExchangeProperty(HubContext.PROPERTY) HubContext ctx) {
        ClinicRecords clinic = records.forTenant(ctx.tenantId());
        try {
            if (call.appointmentRef() != null) {
                // the same guarded path as a booking: request key, slot claim, re-check in Odoo
                Appointment current = requireOwn(clinic, call.patient(), call.appointmentRef());
                return new BookingResult.Booked(bookings.reschedule(
                        ctx.tenantId(),
                        clinic,
                        new BookingRequest(call.requestKey(), call.patient(), call.slot(), null),
                        current));
            }
            Appointment booked = bookings.book(
                    ctx.tenantId(), clinic, new BookingRequest(call.requestKey(), call.patient(), call.slot(), null));
            return new BookingResult.Booked(booked);
        } catch (SlotTakenException e) {
            // an answer for Dana, not a failure: retrying cannot free the slot
            return new BookingResult.SlotTaken(e.alternatives());
        }
    }

    Boolean cancel(ToolCalls.Cancel call, @ExchangeProperty(HubContext.PROPERTY) HubContext ctx) {
        ClinicRecords clinic = records.forTenant(ctx.tenantId());
        requireOwn(clinic, call.patient(), call.appointmentRef());
        clinic.cancel(call.appointmentRef(), "cancelled by the patient in chat");
        return Boolean.TRUE;
    }

    List<Appointment> myAppointments(
            ToolCalls.MyAppointments call, @ExchangeProperty(HubContext.PROPERTY) HubContext ctx) {
        return records.forTenant(ctx.tenantId()).upcomingAppointments(call.patient(), clock.instant());
    }

    Optional<PatientRef> findPatient(
            ToolCalls.FindPatient call, @ExchangeProperty(HubContext.PROPERTY) HubContext ctx) {
        return records.forTenant(ctx.tenantId()).findPatientByPhone(call.e164());
    }

    PatientRef registerPatient(ToolCalls.RegisterPatient call, @ExchangeProperty(HubContext.PROPERTY) HubContext ctx) {
        // patients type national numbers ("050-…"); the records want E.164
        String e164 = PhoneNumbers.toE164(call.phone())
                .orElseThrow(() -> new IllegalArgumentException("the phone number is not a valid number"));
        return records.forTenant(ctx.tenantId())
                .createPatient(new NewPatient(call.name(), e164, call.language(), true));
    }

    Boolean handover(ToolCalls.Handover call, @ExchangeProperty(HubContext.PROPERTY) HubContext ctx) {
        if (call.patient() == null) {
            // nobody to attach the note to yet: staff see the conversation through the handover effect
            LOG.info("Handover requested by an unidentified patient");
            return Boolean.FALSE;
        }
        records.forTenant(ctx.tenantId()).postNote(RecordRef.of(call.patient()), call.note());
        return Boolean.TRUE;
    }

    /** A patient may only cancel or move their own appointments, whatever option id they send. */
    private Appointment requireOwn(ClinicRecords clinic, PatientRef patient, String appointmentRef) {
        return clinic.upcomingAppointments(patient, clock.instant()).stream()
                .filter(a -> a.ref().equals(appointmentRef))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "the appointment is not one of the patient's upcoming appointments"));
    }
}
