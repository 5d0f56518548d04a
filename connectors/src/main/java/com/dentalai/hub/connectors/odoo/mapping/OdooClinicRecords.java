package com.dentalai.hub.connectors.odoo.mapping;

import com.dentalai.hub.connectors.odoo.OdooClient;
import com.dentalai.hub.connectors.odoo.OdooDomain;
import com.dentalai.hub.connectors.odoo.OdooException;
import com.dentalai.hub.connectors.odoo.OdooValues;
import com.dentalai.hub.connectors.odoo.mapping.OdooMapping.AppointmentMapping;
import com.dentalai.hub.connectors.odoo.mapping.OdooMapping.AttachmentTarget;
import com.dentalai.hub.connectors.odoo.mapping.OdooMapping.InvoiceMapping;
import com.dentalai.hub.domain.clinic.Appointment;
import com.dentalai.hub.domain.clinic.AppointmentStatus;
import com.dentalai.hub.domain.clinic.BookingRequest;
import com.dentalai.hub.domain.clinic.ChatterMessage;
import com.dentalai.hub.domain.clinic.ClinicRecords;
import com.dentalai.hub.domain.clinic.ClinicRecordsException;
import com.dentalai.hub.domain.clinic.FileRef;
import com.dentalai.hub.domain.clinic.Invoice;
import com.dentalai.hub.domain.clinic.InvoiceState;
import com.dentalai.hub.domain.clinic.NewPatient;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.Practitioner;
import com.dentalai.hub.domain.clinic.RecordRef;
import com.dentalai.hub.domain.schedule.BusyInterval;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@link ClinicRecords} on a tenant's Odoo, driven entirely by an {@link OdooMapping}: the same
 * code serves plain Community (res.partner, calendar.event) and the dental add-on
 * (patient.patient, patient.appointment). Each method is one Odoo call unless its comment says
 * otherwise; booking guarantees (no overlaps, no duplicates) are the booking service's job.
 */
public final class OdooClinicRecords implements ClinicRecords {

    static final String MAIL_MESSAGE = "mail.message";
    private static final String IR_ATTACHMENT = "ir.attachment";
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final int PHONE_CANDIDATES = 50;

    private final OdooMapping mapping;
    private final OdooClient odoo;
    private final Function<String, Optional<String>> toE164;
    private final Clock clock;

    /**
     * @param toE164 normalises a phone number as staff typed it ({@code 050-123-4567}) to E.164, or
     *     empty when it is not a valid number
     */
    public OdooClinicRecords(
            OdooMapping mapping, OdooClient odoo, Function<String, Optional<String>> toE164, Clock clock) {
        this.mapping = mapping;
        this.odoo = odoo;
        this.toE164 = toE164;
        this.clock = clock;
    }

    public OdooMapping mapping() {
        return mapping;
    }

    // ---------------------------------------------------------------- patients

    /**
     * Staff type numbers every which way ({@code 050-123-4567}, {@code +972 50-123-4567},
     * {@code 0501234567}), so an exact match would miss most of them. Israeli numbers are written
     * with the last seven digits as 3+4 groups in every common style: both groups must appear
     * (ilike), then each candidate is normalised and compared as E.164.
     */
    @Override
    public Optional<PatientRef> findPatientByPhone(String e164) {
        String digits = e164.replaceAll("\\D", "");
        if (digits.length() < 7) {
            return Optional.empty();
        }
        String tail = digits.substring(digits.length() - 7);
        List<String> phoneFields = mapping.patient().fields().phone();
        List<OdooDomain> perField = new ArrayList<>();
        for (String field : phoneFields) {
            perField.add(OdooDomain.where(field, "ilike", tail.substring(3))
                    .and(OdooDomain.where(field, "ilike", tail.substring(0, 3))));
        }
        OdooDomain domain = filter(mapping.patient().filter()).and(OdooDomain.or(perField.toArray(OdooDomain[]::new)));
        List<String> fields = new ArrayList<>(phoneFields);
        List<Map<String, Object>> candidates =
                call(() -> odoo.searchRead(mapping.patient().model(), domain, fields, PHONE_CANDIDATES, 0, "id asc"));
        for (Map<String, Object> candidate : candidates) {
            for (String field : phoneFields) {
                Optional<String> stored =
                        OdooValues.string(candidate.get(field)).flatMap(toE164);
                if (stored.isPresent() && stored.get().equals(e164)) {
                    // several family members may share a phone: the oldest record is the account holder
                    return Optional.of(new PatientRef(idOf(candidate)));
                }
            }
        }
        return Optional.empty();
    }

    /** One call; two when the record has no note field and the "unverified" remark goes to chatter. */
    @Override
    public PatientRef createPatient(NewPatient patient) {
        OdooMapping.PatientMapping pm = mapping.patient();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(pm.fields().name(), patient.name());
        values.put(pm.fields().phone().get(0), patient.phone());
        String langCode = pm.langCodes() == null || patient.lang() == null
                ? null
                : pm.langCodes().get(patient.lang());
        if (pm.fields().lang() != null && langCode != null) {
            values.put(pm.fields().lang(), langCode);
        }
        if (patient.unverified() && pm.fields().note() != null) {
            values.put(pm.fields().note(), UNVERIFIED_REMARK);
        }
        long id = createPatientRecord(pm, values);
        if (patient.unverified() && pm.fields().note() == null) {
            call(() -> odoo.messagePost(pm.model(), id, UNVERIFIED_REMARK, Map.of()));
        }
        return new PatientRef(Long.toString(id));
    }

    static final String UNVERIFIED_REMARK =
            "Registered by the DentalAI assistant from a chat. Identity not verified yet: please confirm at the first visit.";

    private long createPatientRecord(OdooMapping.PatientMapping pm, Map<String, Object> values) {
        try {
            return odoo.create(pm.model(), values);
        } catch (OdooException e) {
            // a language that is not installed in this Odoo is not worth losing the patient over
            if (pm.fields().lang() != null
                    && values.containsKey(pm.fields().lang())
                    && isWrongValue(e, pm.fields().lang())) {
                values.remove(pm.fields().lang());
                return call(() -> odoo.create(pm.model(), values));
            }
            throw translate(e);
        }
    }

    private static boolean isWrongValue(OdooException e, String field) {
        return e.kind() == OdooException.Kind.VALIDATION
                && e.operatorMessage().contains("Wrong value for")
                && e.operatorMessage().contains("." + field);
    }

    // ---------------------------------------------------------------- practitioners and calendar

    @Override
    public List<Practitioner> listPractitioners() {
        OdooMapping.PractitionerMapping pm = mapping.practitioner();
        String name = pm.fields().name();
        return call(() -> odoo.searchRead(pm.model(), filter(pm.filter()), List.of(name), 0, 0, "id asc")).stream()
                .map(r ->
                        new Practitioner(idOf(r), OdooValues.string(r.get(name)).orElse("")))
                .toList();
    }

    @Override
    public List<BusyInterval> busyIntervals(Instant from, Instant to) {
        AppointmentMapping am = mapping.appointment();
        OdooDomain domain = holdingSlot(am)
                .and(OdooDomain.where(am.fields().start(), "<", to))
                .and(OdooDomain.where(am.fields().end(), ">", from));
        List<String> fields =
                new ArrayList<>(List.of(am.fields().start(), am.fields().end()));
        if (am.fields().practitioner() != null) {
            fields.add(am.fields().practitioner());
        }
        List<BusyInterval> busy = new ArrayList<>();
        for (Map<String, Object> r : call(() -> odoo.searchRead(am.model(), domain, fields, 0, 0, "id asc"))) {
            Optional<Instant> start = OdooValues.instant(r.get(am.fields().start()));
            Optional<Instant> end = OdooValues.instant(r.get(am.fields().end()));
            if (start.isEmpty() || end.isEmpty() || !end.get().isAfter(start.get())) {
                continue; // a malformed record blocks nothing it cannot describe
            }
            String practitioner = am.fields().practitioner() == null
                    ? null
                    : OdooValues.many2OneId(r.get(am.fields().practitioner()))
                            .map(String::valueOf)
                            .orElse(null);
            busy.add(new BusyInterval(start.get(), end.get(), practitioner));
        }
        return busy;
    }

    /** One call: the create. The result is built from the request, not read back. */
    @Override
    public Appointment book(BookingRequest request) {
        AppointmentMapping am = mapping.appointment();
        Map<String, Object> values = new LinkedHashMap<>(am.defaults());
        if (am.title() != null && am.fields().title() != null) {
            values.put(am.fields().title(), am.title());
        }
        putRange(values, request.slot().start(), request.slot().end());
        long patientId = numericId(request.patientRef().id(), "patient");
        values.put(am.fields().patient(), patientValue(am, patientId));
        if (request.practitionerRef() != null && am.fields().practitioner() != null) {
            values.put(am.fields().practitioner(), numericId(request.practitionerRef(), "practitioner"));
        }
        String note = request.note() == null || request.note().isBlank()
                ? ""
                : request.note().strip() + "\n";
        values.put(am.fields().note(), note + requestTag(request.requestKey()));
        if (am.fields().status() != null) {
            values.put(am.fields().status(), am.bookStatus());
        }
        long id = call(() -> odoo.create(am.model(), values));
        AppointmentStatus status = am.fields().status() == null
                ? AppointmentStatus.CONFIRMED
                : am.statuses().get(am.bookStatus());
        return new Appointment(
                Long.toString(id),
                request.slot().start(),
                request.slot().end(),
                request.practitionerRef() == null ? null : new Practitioner(request.practitionerRef(), null),
                status,
                request.patientRef());
    }

    /**
     * One call, archived records included (a booking that was made and then cancelled still
     * counts): naming the active field in the domain switches off Odoo's implicit active filter.
     */
    @Override
    public Optional<Appointment> findBooked(BookingRequest request) {
        AppointmentMapping am = mapping.appointment();
        OdooDomain domain = OdooDomain.where(am.fields().note(), "ilike", requestTag(request.requestKey()));
        if (am.fields().active() != null) {
            domain = domain.and(OdooDomain.where(am.fields().active(), "in", List.of(true, false)));
        }
        OdooDomain query = domain;
        List<Map<String, Object>> found =
                call(() -> odoo.searchRead(am.model(), query, appointmentFields(am), 1, 0, "id asc"));
        return found.stream().findFirst().map(r -> toAppointment(am, r, request.patientRef()));
    }

    /** One call; two with a reason, which goes to the record's chatter for the staff. */
    @Override
    public void cancel(String appointmentRef, String reason) {
        AppointmentMapping am = mapping.appointment();
        long id = numericId(appointmentRef, "appointment");
        switch (am.cancel()) {
            case ARCHIVE -> call(
                    () -> odoo.write(am.model(), List.of(id), Map.of(am.fields().active(), false)));
            case STATUS -> call(
                    () -> odoo.write(am.model(), List.of(id), Map.of(am.fields().status(), am.cancelStatus())));
            case UNLINK -> call(() -> odoo.unlink(am.model(), List.of(id)));
        }
        if (reason != null && !reason.isBlank() && am.cancel() != OdooMapping.CancelMode.UNLINK) {
            call(() -> odoo.messagePost(am.model(), id, "Cancelled via DentalAI: " + reason, Map.of()));
        }
    }

    /** Two calls: the write, and a read of the moved appointment. */
    @Override
    public Appointment reschedule(String appointmentRef, Instant newStart, Instant newEnd) {
        AppointmentMapping am = mapping.appointment();
        long id = numericId(appointmentRef, "appointment");
        Map<String, Object> values = new LinkedHashMap<>();
        putRange(values, newStart, newEnd);
        call(() -> odoo.write(am.model(), List.of(id), values));
        List<Map<String, Object>> read = call(() -> odoo.read(am.model(), List.of(id), appointmentFields(am)));
        if (read.isEmpty()) {
            throw new ClinicRecordsException(ClinicRecordsException.Reason.NOT_FOUND, "appointment " + id + " is gone");
        }
        return toAppointment(am, read.get(0), null);
    }

    @Override
    public List<Appointment> upcomingAppointments(PatientRef patient, Instant now) {
        AppointmentMapping am = mapping.appointment();
        long patientId = numericId(patient.id(), "patient");
        OdooDomain domain = holdingSlot(am)
                .and(OdooDomain.where(
                        am.fields().patient(),
                        am.patientLink() == OdooMapping.PatientLink.MANY2MANY ? "in" : "=",
                        am.patientLink() == OdooMapping.PatientLink.MANY2MANY ? List.of(patientId) : patientId))
                .and(OdooDomain.where(am.fields().end(), ">", now));
        return call(() -> odoo.searchRead(
                        am.model(),
                        domain,
                        appointmentFields(am),
                        0,
                        0,
                        am.fields().start() + " asc"))
                .stream()
                .map(r -> toAppointment(am, r, patient))
                .toList();
    }

    // ---------------------------------------------------------------- notes, messages, files

    /** Odoo escapes a plain-text body sent over RPC, so the text is never interpreted as HTML. */
    @Override
    public void postNote(RecordRef record, String text) {
        call(() -> odoo.messagePost(modelOf(record), numericId(record.id(), "record"), text, Map.of()));
    }

    @Override
    public List<ChatterMessage> newMessages(RecordRef record, long sinceId) {
        OdooDomain domain = OdooDomain.where("model", "=", modelOf(record))
                .and(OdooDomain.where("res_id", "=", numericId(record.id(), "record")))
                .and(OdooDomain.where("message_type", "=", "comment"))
                .and(OdooDomain.where("id", ">", sinceId));
        return call(() -> odoo.searchRead(
                        MAIL_MESSAGE, domain, List.of("id", "author_id", "body", "date"), 0, 0, "id asc"))
                .stream()
                .map(r -> new ChatterMessage(
                        OdooValues.longValue(r.get("id")).orElse(0L),
                        OdooValues.many2One(r.get("author_id"))
                                .map(m -> m.name())
                                .orElse(null),
                        plainText(OdooValues.string(r.get("body")).orElse("")),
                        OdooValues.instant(r.get("date")).orElse(null)))
                .toList();
    }

    @Override
    public FileRef attachFile(RecordRef record, String name, String mimeType, byte[] content) {
        AttachmentTarget target = attachmentTarget(record);
        long recordId = numericId(record.id(), "record");
        String data = Base64.getEncoder().encodeToString(content);
        Map<String, Object> values = new LinkedHashMap<>();
        String model;
        if (target.kind() == OdooMapping.AttachmentKind.LINE) {
            model = target.model();
            values.put(target.fields().get("owner"), recordId);
            values.put(target.fields().get("file"), data);
            putIfMapped(values, target.fields().get("date"), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
            putIfMapped(values, target.fields().get("name"), name);
        } else {
            model = IR_ATTACHMENT;
            values.put("name", name);
            values.put("datas", data);
            values.put("mimetype", mimeType);
            values.put("res_model", modelOf(record));
            values.put("res_id", recordId);
        }
        long id = call(() -> odoo.create(model, values));
        return new FileRef(Long.toString(id), name);
    }

    // ---------------------------------------------------------------- invoices

    /** One call ({@code patient-match: id}) or two ({@code name}: the patient's name is read first). */
    @Override
    public List<Invoice> invoices(PatientRef patient) {
        InvoiceMapping im = mapping.invoice();
        if (im == null) {
            return List.of();
        }
        long patientId = numericId(patient.id(), "patient");
        OdooDomain match;
        if (im.patientMatch() == OdooMapping.PatientMatch.ID) {
            match = OdooDomain.where(im.fields().patient(), "=", patientId);
        } else {
            String nameField = mapping.patient().fields().name();
            List<Map<String, Object>> read =
                    call(() -> odoo.read(mapping.patient().model(), List.of(patientId), List.of(nameField)));
            Optional<String> name = read.isEmpty()
                    ? Optional.empty()
                    : OdooValues.string(read.get(0).get(nameField));
            if (name.isEmpty()) {
                return List.of();
            }
            match = OdooDomain.where(im.fields().patient() + ".name", "=", name.get());
        }
        OdooDomain domain = filter(im.filter()).and(match);
        List<String> fields = new ArrayList<>();
        for (String f : new String[] {
            im.fields().number(),
            im.fields().amount(),
            im.fields().residual(),
            im.fields().state(),
            im.fields().paymentState(),
            im.fields().date()
        }) {
            if (f != null) {
                fields.add(f);
            }
        }
        String order = im.fields().date() == null ? "id desc" : im.fields().date() + " desc, id desc";
        try {
            return odoo.searchRead(im.model(), domain, fields, 0, 0, order).stream()
                    .map(r -> toInvoice(im, r))
                    .toList();
        } catch (OdooException e) {
            if (im.optional() && e.kind() == OdooException.Kind.UNKNOWN_MODEL) {
                return List.of(); // no accounting in this Odoo: no invoices, not a failure
            }
            throw translate(e);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The tag that marks an appointment as made by one booking request: a hash, so no PHI and no markup. */
    static String requestTag(String requestKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(requestKey.getBytes(StandardCharsets.UTF_8));
            return "[hub-booking:" + HexFormat.of().formatHex(hash, 0, 12) + "]";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private void putRange(Map<String, Object> values, Instant start, Instant end) {
        AppointmentMapping am = mapping.appointment();
        values.put(am.fields().start(), start);
        values.put(am.fields().end(), end);
        if (am.fields().duration() != null) {
            values.put(am.fields().duration(), (end.getEpochSecond() - start.getEpochSecond()) / 3600.0);
        }
    }

    private static Object patientValue(AppointmentMapping am, long patientId) {
        return am.patientLink() == OdooMapping.PatientLink.MANY2MANY
                ? OdooValues.commands(OdooValues.replaceWith(List.of(patientId)))
                : patientId;
    }

    /** Records that still hold their time: not archived (Odoo's default search) and not released by status. */
    private static OdooDomain holdingSlot(AppointmentMapping am) {
        OdooDomain domain = filter(am.filter());
        if (am.fields().status() != null && !am.releasedStatuses().isEmpty()) {
            domain = domain.and(OdooDomain.where(am.fields().status(), "not in", am.releasedStatuses()));
        }
        return domain;
    }

    private static List<String> appointmentFields(AppointmentMapping am) {
        List<String> fields = new ArrayList<>(
                List.of(am.fields().start(), am.fields().end(), am.fields().patient()));
        for (String optional : new String[] {
            am.fields().practitioner(), am.fields().status(), am.fields().active()
        }) {
            if (optional != null) {
                fields.add(optional);
            }
        }
        return fields;
    }

    private static Appointment toAppointment(AppointmentMapping am, Map<String, Object> r, PatientRef known) {
        AppointmentStatus status = AppointmentStatus.CONFIRMED;
        if (am.fields().status() != null) {
            status = OdooValues.string(r.get(am.fields().status()))
                    .map(am.statuses()::get)
                    .orElse(AppointmentStatus.CONFIRMED);
        }
        if (am.fields().active() != null
                && r.containsKey(am.fields().active())
                && !OdooValues.bool(r.get(am.fields().active()))) {
            status = AppointmentStatus.CANCELLED;
        }
        Practitioner practitioner = am.fields().practitioner() == null
                ? null
                : OdooValues.many2One(r.get(am.fields().practitioner()))
                        .map(m -> new Practitioner(Long.toString(m.id()), m.name()))
                        .orElse(null);
        PatientRef patient = known;
        if (patient == null) {
            Object value = r.get(am.fields().patient());
            Optional<Long> id = am.patientLink() == OdooMapping.PatientLink.MANY2MANY
                    ? OdooValues.ids(value).stream().findFirst()
                    : OdooValues.many2OneId(value);
            patient = id.map(i -> new PatientRef(Long.toString(i))).orElse(null);
        }
        return new Appointment(
                idOf(r),
                OdooValues.instant(r.get(am.fields().start())).orElseThrow(),
                OdooValues.instant(r.get(am.fields().end())).orElseThrow(),
                practitioner,
                status,
                patient);
    }

    private static Invoice toInvoice(InvoiceMapping im, Map<String, Object> r) {
        InvoiceState state = InvoiceState.OPEN;
        Optional<String> posted = im.fields().state() == null
                ? Optional.empty()
                : OdooValues.string(r.get(im.fields().state()));
        if (posted.isPresent() && im.states().containsKey(posted.get())) {
            state = im.states().get(posted.get());
        } else if (im.fields().paymentState() != null) {
            state = OdooValues.string(r.get(im.fields().paymentState()))
                    .map(im.paymentStates()::get)
                    .orElse(InvoiceState.OPEN);
        }
        return new Invoice(
                idOf(r),
                im.fields().number() == null
                        ? null
                        : OdooValues.string(r.get(im.fields().number())).orElse(null),
                money(r.get(im.fields().amount())),
                money(r.get(im.fields().residual())),
                state,
                im.fields().date() == null
                        ? null
                        : OdooValues.date(r.get(im.fields().date())).orElse(null));
    }

    private static BigDecimal money(Object value) {
        return OdooValues.doubleValue(value).map(BigDecimal::valueOf).orElse(BigDecimal.ZERO);
    }

    private String modelOf(RecordRef record) {
        return record.kind() == RecordRef.Kind.PATIENT
                ? mapping.patient().model()
                : mapping.appointment().model();
    }

    private AttachmentTarget attachmentTarget(RecordRef record) {
        OdooMapping.AttachmentMapping am = mapping.attachment();
        AttachmentTarget target =
                am == null ? null : record.kind() == RecordRef.Kind.PATIENT ? am.patient() : am.appointment();
        return target == null ? new AttachmentTarget(OdooMapping.AttachmentKind.IR_ATTACHMENT, null, null) : target;
    }

    private static void putIfMapped(Map<String, Object> values, String field, Object value) {
        if (field != null) {
            values.put(field, value);
        }
    }

    private static OdooDomain filter(List<Object> leaves) {
        OdooDomain domain = OdooDomain.all();
        if (leaves == null) {
            return domain;
        }
        for (Object leaf : leaves) {
            if (leaf instanceof List<?> l && l.size() == 3) {
                domain = domain.and(OdooDomain.where(String.valueOf(l.get(0)), String.valueOf(l.get(1)), l.get(2)));
            } else {
                throw new MappingException(List.of("filter entries must be [field, operator, value] leaves"));
            }
        }
        return domain;
    }

    private static String plainText(String html) {
        return TAGS.matcher(html.replace("<br>", "\n").replace("</p>", "\n"))
                .replaceAll("")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .strip();
    }

    private static String idOf(Map<String, Object> record) {
        return Long.toString(OdooValues.longValue(record.get("id")).orElseThrow());
    }

    private static long numericId(String ref, String what) {
        try {
            return Long.parseLong(ref);
        } catch (NumberFormatException e) {
            throw new ClinicRecordsException(
                    ClinicRecordsException.Reason.NOT_FOUND, "not a " + what + " reference of this clinic", null, e);
        }
    }

    private <T> T call(Supplier<T> odooCall) {
        try {
            return odooCall.get();
        } catch (OdooException e) {
            throw translate(e);
        }
    }

    /** Odoo's failure in the hub's terms; a rejected field is named by its mapping key when there is one. */
    ClinicRecordsException translate(OdooException e) {
        String field = e.badField().map(this::hubKeyOf).orElse(null);
        ClinicRecordsException.Reason reason =
                switch (e.kind()) {
                    case NOT_FOUND -> ClinicRecordsException.Reason.NOT_FOUND;
                    case VALIDATION, SERVER -> ClinicRecordsException.Reason.INVALID;
                    case ACCESS, AUTH -> ClinicRecordsException.Reason.DENIED;
                    case BAD_FIELD, UNKNOWN_MODEL -> ClinicRecordsException.Reason.MISCONFIGURED;
                    case TRANSPORT, UNAVAILABLE -> ClinicRecordsException.Reason.UNAVAILABLE;
                };
        if (field == null && e.kind() == OdooException.Kind.VALIDATION) {
            field = fieldNamedIn(e.operatorMessage());
        }
        String message = e.getMessage() + (field == null ? "" : " [" + field + "]");
        return new ClinicRecordsException(reason, message, field, e);
    }

    /** The mapping key ({@code appointment.fields.start}) for an Odoo field name, else the Odoo name. */
    String hubKeyOf(String odooField) {
        return MappingReferences.of(mapping).stream()
                .filter(ref -> ref.field().equals(odooField))
                .map(MappingReferences.Ref::key)
                .findFirst()
                .orElse(odooField);
    }

    /** Validation texts quote the field ("Wrong value for patient.appointment.appointment_status"). */
    private String fieldNamedIn(String operatorMessage) {
        for (MappingReferences.Ref ref : MappingReferences.of(mapping)) {
            if (operatorMessage.contains(ref.model() + "." + ref.field())
                    || operatorMessage.contains("'" + ref.field() + "'")) {
                return ref.key();
            }
        }
        return null;
    }
}
