package com.dentalai.hub.conversation;

import com.dentalai.hub.domain.clinic.Appointment;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.Practitioner;
import com.dentalai.hub.domain.conversation.BookingResult;
import com.dentalai.hub.domain.conversation.ToolUnavailableException;
import com.dentalai.hub.domain.conversation.Tools;
import com.dentalai.hub.domain.nlu.PartOfDay;
import com.dentalai.hub.domain.schedule.Slot;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.gate.AccessDeniedException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Dana's {@link Tools} for one turn: every call goes to its gated tool route with the turn's hub
 * context, so the gate authorises and audits it. A failure that retrying later can fix becomes
 * {@link ToolUnavailableException}, which Dana turns into a parked message.
 */
final class RouteTools implements Tools {

    private final ProducerTemplate producer;
    private final HubContext context;
    private final String language;

    RouteTools(ProducerTemplate producer, HubContext context, String language) {
        this.producer = producer;
        this.context = context;
        this.language = language;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Slot> findSlots(
            LocalDate from, LocalDate to, Optional<String> practitionerId, Optional<PartOfDay> partOfDay, int limit) {
        return call(
                ToolRoutes.FIND_SLOTS,
                new ToolCalls.FindSlots(from, to, practitionerId.orElse(null), partOfDay.orElse(null), limit),
                List.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Practitioner> practitioners() {
        return call(ToolRoutes.PRACTITIONERS, new ToolCalls.Practitioners(), List.class);
    }

    @Override
    public BookingResult book(String requestKey, PatientRef patient, Slot slot) {
        return call(ToolRoutes.BOOK, new ToolCalls.Book(requestKey, patient, slot, null), BookingResult.class);
    }

    @Override
    public void cancel(PatientRef patient, String appointmentRef) {
        call(ToolRoutes.CANCEL, new ToolCalls.Cancel(patient, appointmentRef), Boolean.class);
    }

    @Override
    public BookingResult reschedule(String requestKey, PatientRef patient, String appointmentRef, Slot slot) {
        return call(
                ToolRoutes.BOOK, new ToolCalls.Book(requestKey, patient, slot, appointmentRef), BookingResult.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Appointment> myAppointments(PatientRef patient) {
        return call(ToolRoutes.MY_APPOINTMENTS, new ToolCalls.MyAppointments(patient), List.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<PatientRef> findPatient(String e164) {
        return call(ToolRoutes.FIND_PATIENT, new ToolCalls.FindPatient(e164), Optional.class);
    }

    @Override
    public PatientRef registerPatient(String name, String phone) {
        return call(
                ToolRoutes.REGISTER_PATIENT, new ToolCalls.RegisterPatient(name, phone, language), PatientRef.class);
    }

    @Override
    public void handover(Optional<PatientRef> patient, String note) {
        call(ToolRoutes.HANDOVER, new ToolCalls.Handover(patient.orElse(null), note), Boolean.class);
    }

    private <T> T call(String uri, Object body, Class<T> answer) {
        Exchange done = producer.request(uri, exchange -> {
            exchange.setProperty(HubContext.PROPERTY, context);
            exchange.getMessage().setHeader(HubContext.CORRELATION_HEADER, context.correlationId());
            exchange.getMessage().setBody(body);
        });
        Exception failure = done.getException();
        if (failure instanceof AccessDeniedException || failure instanceof IllegalArgumentException) {
            // refusals and bad requests stay what they are: replaying cannot change them
            throw (RuntimeException) failure;
        }
        if (failure != null) {
            throw new ToolUnavailableException(uri.substring("direct:".length()), "tool call failed", failure);
        }
        return done.getMessage().getBody(answer);
    }
}
