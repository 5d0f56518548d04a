package com.dentalai.hub.demo;

import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sandbox Odoo of the demo run: two loopback Odoo stand-ins seeded like a small clinic —
 * {@code odoo17} with the dental add-on's models ("dental" mapping, for Smile Tel Aviv) and {@code
 * bright}, Community without add-ons ("standard" mapping, for the Bright Smiles franchise). Dentists, patients, a week of
 * appointments from today and a few open invoices, so the bot has something to show and book
 * against. Lives in test sources: it must never reach the production jar.
 */
public final class DemoOdooSandbox implements AutoCloseable {

    public static final int DENTAL_PORT = 8069;
    public static final int STANDARD_PORT = 8070;
    private static final ZoneId CLINIC_ZONE = ZoneId.of("Asia/Jerusalem");
    private static final DateTimeFormatter ODOO_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<LocalTime> DAILY_VISITS =
            List.of(LocalTime.of(9, 0), LocalTime.of(11, 30), LocalTime.of(14, 0));

    private final OdooStandInServer standard;
    private final OdooStandInServer dental;

    private DemoOdooSandbox(OdooStandInServer standard, OdooStandInServer dental) {
        this.standard = standard;
        this.dental = dental;
    }

    public static DemoOdooSandbox start(int dentalPort, int standardPort) {
        OdooStandInServer dental = new OdooStandInServer("odoo17").start(dentalPort);
        OdooStandInServer standard = new OdooStandInServer("bright").start(standardPort);
        LocalDate today = LocalDate.now(CLINIC_ZONE);
        seedStandard(standard, today);
        seedDental(dental, today);
        return new DemoOdooSandbox(standard, dental);
    }

    public String standardUrl() {
        return standard.url();
    }

    public String dentalUrl() {
        return dental.url();
    }

    static void seedStandard(OdooStandInServer odoo, LocalDate today) {
        List<Long> dentists = List.of(
                odoo.addUser("dr.cohen", "demo-only", "Dr. Yael Cohen"),
                odoo.addUser("dr.mizrahi", "demo-only", "Dr. Eitan Mizrahi"));
        List<Long> patients = new ArrayList<>();
        String[][] people = {
            {"Noa Levi", "050-123-4567", "he_IL"},
            {"Avi Ben-David", "+972 52-765-4321", "he_IL"},
            {"Sarah Cohen", "054-111-2233", "en_US"},
            {"Omer Katz", "0537778899", "he_IL"},
            {"Maya Friedman", "+972-58-999-0001", "en_US"}
        };
        for (String[] p : people) {
            patients.add(odoo.seed("res.partner", Map.of("name", p[0], "phone", p[1], "lang", p[2])));
        }
        int visit = 0;
        for (LocalDate day : workingDays(today, 7)) {
            for (LocalTime at : DAILY_VISITS) {
                long patient = patients.get(visit % patients.size());
                long dentist = dentists.get(visit % dentists.size());
                odoo.seed(
                        "calendar.event",
                        Map.of(
                                "name",
                                "Dental appointment",
                                "start",
                                odooTime(day, at),
                                "stop",
                                odooTime(day, at.plusMinutes(30)),
                                "duration",
                                0.5,
                                "partner_ids",
                                List.of(List.of(6, 0, List.of(patient))),
                                "user_id",
                                dentist));
                visit++;
            }
        }
        seedInvoices(odoo, patients);
    }

    static void seedDental(OdooStandInServer odoo, LocalDate today) {
        List<Long> doctors = List.of(
                odoo.seed("clinic.doctor", Map.of("doctor_name", "Dr. Noa Shapiro")),
                odoo.seed("clinic.doctor", Map.of("doctor_name", "Dr. Amir Levi")));
        List<Long> patients = new ArrayList<>();
        String[][] people = {
            {"Dana Peretz", "050-222-3344"}, {"Yossi Azulay", "+972-52-333-4455"}, {"Rina Golan", "054-555-6677"}
        };
        for (String[] p : people) {
            patients.add(odoo.seed("patient.patient", Map.of("patient_name", p[0], "contact_number", p[1])));
        }
        int visit = 0;
        for (LocalDate day : workingDays(today, 7)) {
            for (LocalTime at : DAILY_VISITS.subList(0, 2)) {
                odoo.seed(
                        "patient.appointment",
                        Map.of(
                                "patient_id", patients.get(visit % patients.size()),
                                "doctor_id", doctors.get(visit % doctors.size()),
                                "start", odooTime(day, at),
                                "stop", odooTime(day, at.plusMinutes(30)),
                                "appointment_status", "confirm",
                                "appointment_type", "reserve"));
                visit++;
            }
        }
    }

    private static void seedInvoices(OdooStandInServer odoo, List<Long> patients) {
        double[] amounts = {350.0, 1200.0, 200.0};
        for (int i = 0; i < amounts.length; i++) {
            odoo.seed(
                    "account.move",
                    Map.of(
                            "name",
                            "INV/2026/000" + (i + 1),
                            "move_type",
                            "out_invoice",
                            "partner_id",
                            patients.get(i),
                            "amount_total",
                            amounts[i],
                            "amount_residual",
                            i == 2 ? 0.0 : amounts[i],
                            "payment_state",
                            i == 2 ? "paid" : "not_paid",
                            "state",
                            "posted",
                            "invoice_date",
                            LocalDate.now(CLINIC_ZONE).minusDays(10L * (i + 1)).toString()));
        }
    }

    /** The next {@code count} clinic working days (Sunday–Thursday in Israel), starting today. */
    static List<LocalDate> workingDays(LocalDate from, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; days.size() < count; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.FRIDAY && day.getDayOfWeek() != DayOfWeek.SATURDAY) {
                days.add(day);
            }
        }
        return days;
    }

    /** Odoo keeps datetimes as naive UTC strings. */
    static String odooTime(LocalDate day, LocalTime localTime) {
        return ZonedDateTime.of(day, localTime, CLINIC_ZONE)
                .withZoneSameInstant(ZoneOffset.UTC)
                .format(ODOO_DATETIME);
    }

    @Override
    public void close() {
        standard.close();
        dental.close();
    }
}
