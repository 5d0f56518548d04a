package com.dentalai.hub.domain.conversation;

import com.dentalai.hub.domain.clinic.Appointment;
import com.dentalai.hub.domain.clinic.AppointmentStatus;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.Practitioner;
import com.dentalai.hub.domain.nlu.PartOfDay;
import com.dentalai.hub.domain.schedule.BusyInterval;
import com.dentalai.hub.domain.schedule.Slot;
import com.dentalai.hub.domain.schedule.SlotFinder;
import com.dentalai.hub.domain.schedule.SlotQuery;
import com.dentalai.hub.domain.tenant.Tenant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A clinic in memory behind the {@link Tools} surface: slots from the tenant's schedule, bookings that
 * really block time, idempotent request keys, and switches to simulate a lost race or Odoo being down.
 */
final class InMemoryTools implements Tools {

    final Tenant tenant;
    final Instant now;
    final SlotFinder finder;
    final List<Practitioner> team = List.of(new Practitioner("p1", "Dr. Cohen"), new Practitioner("p2", "Dr. Levi"));
    final Map<String, PatientRef> patientsByPhone = new HashMap<>();
    final Map<String, String> names = new HashMap<>();
    final Map<String, Appointment> appointments = new LinkedHashMap<>();
    final Map<String, Appointment> byRequestKey = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    final List<String> handoverNotes = new ArrayList<>();
    /** The next booking loses the race: the slot is taken by someone else first. */
    boolean loseNextRace;
    /** Every call fails as if Odoo were unreachable. */
    boolean down;
    /** No free slots at all. */
    boolean fullyBooked;

    private int ids;

    InMemoryTools(Tenant tenant, Instant now) {
        this.tenant = tenant;
        this.now = now;
        this.finder = new SlotFinder(tenant.schedule(), tenant.timezone());
    }

    PatientRef knownPatient(String phone, String name) {
        PatientRef ref = new PatientRef("res.partner:" + (100 + patientsByPhone.size()));
        patientsByPhone.put(phone, ref);
        names.put(ref.id(), name);
        return ref;
    }

    Appointment existing(PatientRef patient, Slot slot) {
        Appointment a = new Appointment(
                "appt-" + ++ids,
                slot.start(),
                slot.end(),
                practitioner(slot.practitionerId()),
                AppointmentStatus.CONFIRMED,
                patient);
        appointments.put(a.ref(), a);
        return a;
    }

    private void call(String name) {
        calls.add(name);
        if (down) {
            throw new ToolUnavailableException(name, "odoo unreachable");
        }
    }

    private Practitioner practitioner(String id) {
        return team.stream().filter(p -> p.ref().equals(id)).findFirst().orElse(null);
    }

    private List<BusyInterval> busy() {
        return appointments.values().stream()
                .filter(a -> a.status().holdsSlot())
                .map(a -> new BusyInterval(
                        a.start(),
                        a.end(),
                        a.practitioner() == null ? null : a.practitioner().ref()))
                .toList();
    }

    @Override
    public List<Slot> findSlots(
            LocalDate from, LocalDate to, Optional<String> practitionerId, Optional<PartOfDay> partOfDay, int limit) {
        call("findSlots");
        if (fullyBooked) {
            return List.of();
        }
        List<String> who = practitionerId
                .map(List::of)
                .orElse(team.stream().map(Practitioner::ref).toList());
        return finder.find(new SlotQuery(from, to, now, who, busy(), 500)).stream()
                .filter(s -> partOfDay.isEmpty()
                        || partOfDay
                                .get()
                                .contains(s.start().atZone(tenant.timezone()).toLocalTime()))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Practitioner> practitioners() {
        call("practitioners");
        return team;
    }

    @Override
    public BookingResult book(String requestKey, PatientRef patient, Slot slot) {
        call("book");
        Appointment earlier = byRequestKey.get(requestKey);
        if (earlier != null) {
            return new BookingResult.Booked(earlier);
        }
        if (loseNextRace || !SlotFinder.isFree(slot, busy())) {
            loseNextRace = false;
            existing(new PatientRef("someone-else"), slot);
            LocalDate day = slot.start().atZone(tenant.timezone()).toLocalDate();
            List<Slot> alternatives = finder.find(new SlotQuery(
                    day,
                    day.plusDays(2),
                    now,
                    team.stream().map(Practitioner::ref).toList(),
                    busy(),
                    3));
            return new BookingResult.SlotTaken(alternatives);
        }
        Appointment a = existing(patient, slot);
        byRequestKey.put(requestKey, a);
        return new BookingResult.Booked(a);
    }

    @Override
    public void cancel(PatientRef patient, String appointmentRef) {
        call("cancel");
        Appointment a = appointments.get(appointmentRef);
        if (a == null || !patient.equals(a.patientRef())) {
            throw new IllegalStateException("not this patient's appointment");
        }
        appointments.put(
                a.ref(),
                new Appointment(
                        a.ref(), a.start(), a.end(), a.practitioner(), AppointmentStatus.CANCELLED, a.patientRef()));
    }

    @Override
    public BookingResult reschedule(String requestKey, PatientRef patient, String appointmentRef, Slot slot) {
        call("reschedule");
        Appointment a = appointments.get(appointmentRef);
        if (a == null || !patient.equals(a.patientRef())) {
            throw new IllegalStateException("not this patient's appointment");
        }
        if (loseNextRace) {
            loseNextRace = false;
            return new BookingResult.SlotTaken(List.of());
        }
        Appointment moved = new Appointment(
                a.ref(),
                slot.start(),
                slot.end(),
                practitioner(slot.practitionerId()),
                AppointmentStatus.CONFIRMED,
                patient);
        appointments.put(a.ref(), moved);
        return new BookingResult.Booked(moved);
    }

    @Override
    public List<Appointment> myAppointments(PatientRef patient) {
        call("myAppointments");
        return appointments.values().stream()
                .filter(a -> patient.equals(a.patientRef())
                        && a.status().holdsSlot()
                        && a.end().isAfter(now))
                .sorted(java.util.Comparator.comparing(Appointment::start))
                .toList();
    }

    @Override
    public Optional<PatientRef> findPatient(String e164) {
        call("findPatient");
        return Optional.ofNullable(patientsByPhone.get(e164));
    }

    @Override
    public PatientRef registerPatient(String name, String phone) {
        call("registerPatient");
        return knownPatient(phone, name);
    }

    @Override
    public void handover(Optional<PatientRef> patient, String note) {
        call("handover");
        handoverNotes.add(note);
    }

    List<Appointment> booked() {
        return appointments.values().stream()
                .filter(a -> !a.patientRef().id().equals("someone-else")
                        && a.status().holdsSlot())
                .toList();
    }
}
