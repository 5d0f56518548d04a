package com.dentalai.hub.connectors.odoo.standin;

import com.dentalai.hub.connectors.odoo.standin.StandInFault.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory ORM behind the stand-in: records per model, Odoo's value conventions on read
 * ({@code false} for empty, many2one {@code [id, name]}, naive UTC datetimes), domains, order,
 * x2many commands, sequences, and Odoo's faults. One lock: the stand-in favours fidelity over speed.
 */
final class StandInOrm {

    static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final long SUBTYPE_COMMENT = 1L;
    static final long SUBTYPE_NOTE = 2L;
    static final long SUBTYPE_ACTIVITIES = 3L;
    private static final Set<String> WRITE_METHODS =
            Set.of("create", "write", "unlink", "message_post", "action_feedback", "action_create_payments");
    private static final String PAYMENT_WIZARD = "account.payment.register";
    /** Where the stand-in keeps the wizard's invoices (Odoo keeps move lines in line_ids). */
    private static final String ACTIVE_IDS = "__active_ids";

    private final Map<String, ModelDef> models = StandInSchema.all();
    private final Map<String, TreeMap<Long, Map<String, Object>>> tables = new HashMap<>();
    private final Map<String, Long> nextIds = new HashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private final Set<Long> readOnlyUsers = ConcurrentHashMap.newKeySet();
    private final Clock clock;

    StandInOrm(Clock clock) {
        this.clock = clock;
        models.keySet().forEach(m -> tables.put(m, new TreeMap<>()));
    }

    void setReadOnly(long uid, boolean readOnly) {
        if (readOnly) {
            readOnlyUsers.add(uid);
        } else {
            readOnlyUsers.remove(uid);
        }
    }

    // ---------------------------------------------------------------- dispatch

    synchronized Object call(long uid, String model, String method, List<Object> args, Map<String, Object> kwargs) {
        ModelDef def = models.get(model);
        if (def == null) {
            throw new StandInFault(Type.USER, "Object " + model + " doesn't exist");
        }
        if (WRITE_METHODS.contains(method) && readOnlyUsers.contains(uid)) {
            throw notAllowed(def, method);
        }
        if (PAYMENT_WIZARD.equals(model) && "create".equals(method)) {
            return createPaymentWizard(uid, def, arg(args, kwargs, 0, "vals_list", null), kwargs);
        }
        if (PAYMENT_WIZARD.equals(model) && "action_create_payments".equals(method)) {
            return createPayments(uid, ids(arg(args, kwargs, 0, "ids", List.of())));
        }
        return switch (method) {
            case "search_read" -> searchRead(def, args, kwargs);
            case "search" -> search(
                    def,
                    arg(args, kwargs, 0, "domain", List.of()),
                    intArg(args, kwargs, 1, "offset"),
                    intArg(args, kwargs, 2, "limit"),
                    (String) falseToNull(arg(args, kwargs, 3, "order", null)),
                    true);
            case "search_count" -> (long) search(
                            def,
                            arg(args, kwargs, 0, "domain", List.of()),
                            0,
                            intArg(args, kwargs, 1, "limit"),
                            null,
                            true)
                    .size();
            case "read" -> read(
                    def, ids(arg(args, kwargs, 0, "ids", List.of())), fieldList(arg(args, kwargs, 1, "fields", null)));
            case "create" -> create(uid, def, arg(args, kwargs, 0, "vals_list", null));
            case "write" -> write(
                    uid, def, ids(arg(args, kwargs, 0, "ids", List.of())), map(arg(args, kwargs, 1, "vals", Map.of())));
            case "unlink" -> unlink(def, ids(arg(args, kwargs, 0, "ids", List.of())));
            case "fields_get" -> fieldsGet(def, fieldList(arg(args, kwargs, 1, "attributes", null)));
            case "name_search" -> nameSearch(def, args, kwargs);
            case "message_post" -> messagePost(uid, def, ids(arg(args, kwargs, 0, "ids", List.of())), kwargs);
            case "action_feedback" -> actionFeedback(
                    uid, def, ids(arg(args, kwargs, 0, "ids", List.of())), falseToNull(kwargs.get("feedback")));
            default -> throw new StandInFault(
                    Type.ATTRIBUTE, "The method '" + model + "." + method + "' does not exist");
        };
    }

    private static StandInFault notAllowed(ModelDef def, String method) {
        String verb =
                switch (method) {
                    case "write" -> "modify";
                    case "unlink" -> "delete";
                    default -> "create";
                };
        return new StandInFault(
                Type.ACCESS,
                "You are not allowed to " + verb + " '" + def.description + "' ("
                        + def.name
                        + ") records.\n\nThis operation is allowed for the following groups:\n\t- User types/Internal User"
                        + "\n\nContact your administrator to request access if necessary.");
    }

    // ---------------------------------------------------------------- reads

    private List<Map<String, Object>> searchRead(ModelDef def, List<Object> args, Map<String, Object> kwargs) {
        List<String> fields = fieldList(arg(args, kwargs, 1, "fields", null));
        List<Long> ids = search(
                def,
                arg(args, kwargs, 0, "domain", List.of()),
                intArg(args, kwargs, 2, "offset"),
                intArg(args, kwargs, 3, "limit"),
                (String) falseToNull(arg(args, kwargs, 4, "order", null)),
                false);
        return read(def, ids, fields);
    }

    List<Long> search(ModelDef def, Object domain, int offset, int limit, String order, boolean unusedCountOnly) {
        List<Object> terms = domain == null || Boolean.FALSE.equals(domain) ? List.of() : list(domain);
        StandInDomain matcher = new StandInDomain(this, def, terms);
        boolean filterActive = def.fields.containsKey("active") && !matcher.mentions("active");
        List<Map<String, Object>> hits = new ArrayList<>();
        for (Map<String, Object> rec : tables.get(def.name).values()) {
            if (filterActive && Boolean.FALSE.equals(rec.get("active"))) {
                continue;
            }
            if (matcher.matches(rec)) {
                hits.add(rec);
            }
        }
        hits.sort(comparator(def, order == null || order.isBlank() ? def.defaultOrder : order));
        List<Long> ids = new ArrayList<>();
        for (int i = Math.max(offset, 0); i < hits.size() && (limit <= 0 || ids.size() < limit); i++) {
            ids.add((Long) hits.get(i).get("id"));
        }
        return ids;
    }

    List<Map<String, Object>> read(ModelDef def, List<Long> ids, List<String> fields) {
        List<String> names = fields.isEmpty() ? new ArrayList<>(def.fields.keySet()) : fields;
        for (String f : names) {
            if (!def.fields.containsKey(f)) {
                throw StandInFault.invalidField(f, def.name);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Long id : ids) {
            Map<String, Object> rec = tables.get(def.name).get(id);
            if (rec == null) {
                continue; // Odoo's read skips records that vanished
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            for (String f : names) {
                row.put(f, toRead(def, rec, def.fields.get(f)));
            }
            out.add(row);
        }
        return out;
    }

    private Object toRead(ModelDef def, Map<String, Object> rec, FieldDef field) {
        Object value = computed(def, rec, field);
        return switch (field.type) {
            case "integer" -> value == null ? 0L : value;
            case "float", "monetary" -> value == null ? 0.0 : value;
            case "boolean" -> Boolean.TRUE.equals(value);
            case "many2one" -> value == null
                    ? Boolean.FALSE
                    : List.of(value, displayName(field.relation, (Long) value));
            case "many2many" -> value == null ? List.of() : List.copyOf(ids(value));
            case "one2many" -> inverseIds(field, (Long) rec.get("id"));
            default -> value == null ? Boolean.FALSE : value;
        };
    }

    private Object computed(ModelDef def, Map<String, Object> rec, FieldDef field) {
        if ("display_name".equals(field.name)) {
            return displayName(def.name, (Long) rec.get("id"));
        }
        if ("patient.patient".equals(def.name) && "age".equals(field.name)) {
            Object dob = rec.get("date_of_birth");
            return dob == null
                    ? null
                    : String.valueOf(Period.between(LocalDate.parse((String) dob), LocalDate.now(clock))
                            .getYears());
        }
        if ("dental.procedure.line".equals(def.name) && "patient_id".equals(field.name)) {
            Map<String, Object> appointment = record("patient.appointment", (Long) rec.get("appointment_id"));
            return appointment == null ? null : appointment.get("patient_id");
        }
        if ("dental.procedure.line".equals(def.name) && "cost".equals(field.name)) {
            Map<String, Object> product = record("product.product", (Long) rec.get("service_item_id"));
            return product == null ? null : product.get("list_price");
        }
        return rec.get(field.name);
    }

    List<Long> inverseIds(FieldDef field, Long id) {
        List<Long> out = new ArrayList<>();
        tables.get(field.relation).forEach((otherId, other) -> {
            if (id.equals(other.get(field.inverse))) {
                out.add(otherId);
            }
        });
        return out;
    }

    String displayName(String model, Long id) {
        if (id == null) {
            return null;
        }
        Map<String, Object> rec = record(model, id);
        ModelDef def = models.get(model);
        if (rec == null) {
            return model + "," + id;
        }
        Object name = rec.get(def.recName);
        if (name instanceof Long relatedId && def.fields.get(def.recName).relation != null) {
            return displayName(def.fields.get(def.recName).relation, relatedId);
        }
        return name == null ? "" : name.toString();
    }

    Map<String, Object> record(String model, Long id) {
        return id == null ? null : tables.get(model).get(id);
    }

    Set<String> modelNames() {
        return new TreeSet<>(models.keySet());
    }

    ModelDef model(String name) {
        return models.get(name);
    }

    Collection<Map<String, Object>> records(String model) {
        return tables.get(model).values();
    }

    private Map<String, Map<String, Object>> fieldsGet(ModelDef def, List<String> attributes) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        def.fields.values().forEach(f -> {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("type", f.type);
            all.put("string", f.label);
            all.put("required", f.required);
            all.put("readonly", f.readonly);
            all.put("store", !"display_name".equals(f.name));
            if (!f.selection.isEmpty()) {
                List<Object> options = new ArrayList<>();
                f.selection.forEach(v -> options.add(List.of(
                        v, v.substring(0, 1).toUpperCase() + v.substring(1).replace('_', ' '))));
                all.put("selection", options);
            }
            if (f.relation != null) {
                all.put("relation", f.relation);
            }
            if (f.inverse != null) {
                all.put("relation_field", f.inverse);
            }
            Map<String, Object> picked = new LinkedHashMap<>();
            all.forEach((k, v) -> {
                if (attributes.isEmpty() || attributes.contains(k)) {
                    picked.put(k, v);
                }
            });
            out.put(f.name, picked);
        });
        return out;
    }

    private List<Object> nameSearch(ModelDef def, List<Object> args, Map<String, Object> kwargs) {
        String name = (String) falseToNull(arg(args, kwargs, 0, "name", ""));
        Object domain = arg(args, kwargs, 1, kwargs.containsKey("domain") ? "domain" : "args", List.of());
        String operator = (String) arg(args, kwargs, 2, "operator", "ilike");
        int limit = kwargs.containsKey("limit") || args.size() > 3 ? intArg(args, kwargs, 3, "limit") : 100;
        List<Object> terms = new ArrayList<>(domain == null || Boolean.FALSE.equals(domain) ? List.of() : list(domain));
        if (name != null && !name.isEmpty()) {
            terms.add(0, "&");
            terms.add(List.of(def.recName, operator, name));
            if (terms.size() == 2) {
                terms.remove(0);
            }
        }
        List<Object> out = new ArrayList<>();
        for (Long id : search(def, terms, 0, limit, null, false)) {
            out.add(List.of(id, displayName(def.name, id)));
        }
        return out;
    }

    // ---------------------------------------------------------------- writes

    /** Seeding: the next create in this model gets an id above {@code floor} (like a used sequence). */
    void bumpIds(String model, long floor) {
        nextIds.merge(model, floor, Math::max);
    }

    private Object create(long uid, ModelDef def, Object valsList) {
        if (valsList instanceof Map<?, ?> single) {
            return createOne(uid, def, map(single));
        }
        List<Object> ids = new ArrayList<>();
        for (Object vals : list(valsList)) {
            ids.add(createOne(uid, def, map(vals)));
        }
        return ids;
    }

    long createOne(long uid, ModelDef def, Map<String, Object> vals) {
        Map<String, Object> rec = new HashMap<>();
        defaults(uid, def, rec);
        Map<String, Object> x2many = assign(def, rec, vals);
        for (FieldDef f : def.fields.values()) {
            if (f.sequencePrefix != null && (rec.get(f.name) == null || "New".equals(rec.get(f.name)))) {
                String key = def.name + "." + f.name;
                long next = sequences.merge(key, 1L, Long::sum);
                rec.put(f.name, f.sequencePrefix + String.format("%06d", next));
            }
        }
        computeSchedule(def, rec, vals);
        computeActivityTarget(def, rec);
        checkRequired(def, rec);
        checkConstraints(def, rec);
        long id = nextIds.merge(def.name, 1L, Long::sum);
        while (tables.get(def.name).containsKey(id)) {
            id = nextIds.merge(def.name, 1L, Long::sum);
        }
        String now = now();
        rec.put("id", id);
        rec.put("create_date", now);
        rec.put("write_date", now);
        rec.put("create_uid", uid);
        rec.put("write_uid", uid);
        tables.get(def.name).put(id, rec);
        applyX2Many(uid, def, rec, x2many);
        return id;
    }

    private Object write(long uid, ModelDef def, List<Long> ids, Map<String, Object> vals) {
        List<Map<String, Object>> originals = new ArrayList<>();
        for (Long id : ids) {
            Map<String, Object> rec = tables.get(def.name).get(id);
            if (rec == null) {
                throw missing(def, ids, uid);
            }
            originals.add(rec);
        }
        List<Map<String, Object>> updated = new ArrayList<>();
        Map<String, Object> x2many = Map.of();
        for (Map<String, Object> original : originals) {
            Map<String, Object> copy = new HashMap<>(original);
            x2many = assign(def, copy, vals);
            computeSchedule(def, copy, vals);
            checkRequired(def, copy);
            checkConstraints(def, copy);
            copy.put("write_date", now());
            copy.put("write_uid", uid);
            updated.add(copy);
        }
        for (Map<String, Object> copy : updated) {
            tables.get(def.name).put((Long) copy.get("id"), copy);
            applyX2Many(uid, def, copy, x2many);
        }
        return Boolean.TRUE;
    }

    private Object unlink(ModelDef def, List<Long> ids) {
        for (Long id : ids) {
            if (!tables.get(def.name).containsKey(id)) {
                throw missing(def, ids, null);
            }
        }
        for (Long id : ids) {
            tables.get(def.name).remove(id);
            if (def.mailThread) {
                tables.get("mail.message")
                        .values()
                        .removeIf(m -> def.name.equals(m.get("model")) && id.equals(m.get("res_id")));
            }
            // ondelete='set null' for many2one, and drop the id from many2many sets
            models.values().forEach(other -> other.fields.values().forEach(f -> {
                if (def.name.equals(f.relation) && "many2one".equals(f.type)) {
                    tables.get(other.name).values().forEach(r -> {
                        if (id.equals(r.get(f.name))) {
                            r.put(f.name, null);
                        }
                    });
                } else if (def.name.equals(f.relation) && "many2many".equals(f.type)) {
                    tables.get(other.name).values().forEach(r -> {
                        if (r.get(f.name) instanceof List<?> set && set.contains(id)) {
                            List<Long> rest = new ArrayList<>(ids(set));
                            rest.remove(id);
                            r.put(f.name, rest);
                        }
                    });
                }
            }));
        }
        return Boolean.TRUE;
    }

    /**
     * What Odoo's web client does when staff post from the chatter ({@code /mail/message/post}):
     * the body is the editor's HTML, kept as markup instead of escaped like an RPC string.
     */
    synchronized long postFromWebClient(long uid, String model, long id, String html, String subtypeXmlid) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("body", html);
        kwargs.put("message_type", "comment");
        kwargs.put("subtype_xmlid", subtypeXmlid);
        return (Long) messagePost(uid, models.get(model), List.of(id), kwargs, false);
    }

    private Object messagePost(long uid, ModelDef def, List<Long> ids, Map<String, Object> kwargs) {
        return messagePost(uid, def, ids, kwargs, true);
    }

    private Object messagePost(long uid, ModelDef def, List<Long> ids, Map<String, Object> kwargs, boolean escape) {
        if (!def.mailThread) {
            throw new StandInFault(Type.ATTRIBUTE, "The method '" + def.name + ".message_post' does not exist");
        }
        if (ids.size() != 1) {
            throw new StandInFault(Type.VALUE, "Expected singleton: " + def.name + ids);
        }
        Long id = ids.get(0);
        if (!tables.get(def.name).containsKey(id)) {
            throw missing(def, ids, uid);
        }
        Object body = falseToNull(kwargs.getOrDefault("body", ""));
        Map<String, Object> vals = new LinkedHashMap<>();
        vals.put("model", def.name);
        vals.put("res_id", id);
        vals.put(
                "body",
                body == null || body.toString().isEmpty()
                        ? Boolean.FALSE
                        : escape ? "<p>" + escapeHtml(body.toString()) + "</p>" : body.toString());
        vals.put("subject", kwargs.getOrDefault("subject", Boolean.FALSE));
        vals.put("message_type", kwargs.getOrDefault("message_type", "notification"));
        vals.put("subtype_id", subtype(kwargs));
        vals.put("is_internal", truthy(kwargs.getOrDefault("is_internal", Boolean.FALSE)));
        vals.put(
                "author_id",
                kwargs.getOrDefault(
                        "author_id", tables.get("res.users").get(uid).get("partner_id")));
        vals.put("date", now());
        vals.put("record_name", displayName(def.name, id));
        if (Long.valueOf(SUBTYPE_NOTE).equals(vals.get("subtype_id"))) {
            vals.put("is_internal", true); // a "Log note" is internal: customers never see it
        }
        Object partners = falseToNull(kwargs.get("partner_ids"));
        if (partners != null) {
            vals.put("partner_ids", List.of(List.of(6L, 0L, ids(partners))));
        }
        return createOne(uid, models.get("mail.message"), vals);
    }

    /** Odoo 17's message_post: an explicit subtype_id, else subtype_xmlid, else a note. */
    private static Object subtype(Map<String, Object> kwargs) {
        Object id = falseToNull(kwargs.get("subtype_id"));
        if (id != null) {
            return id;
        }
        Object xmlid = falseToNull(kwargs.get("subtype_xmlid"));
        return switch (xmlid == null ? "mail.mt_note" : xmlid.toString()) {
            case "mail.mt_comment" -> SUBTYPE_COMMENT;
            case "mail.mt_note" -> SUBTYPE_NOTE;
            case "mail.mt_activities" -> SUBTYPE_ACTIVITIES;
            default -> throw new StandInFault(Type.VALUE, "External ID not found in the system: " + xmlid);
        };
    }

    /**
     * Odoo 17's {@code mail.activity.action_feedback}: marking an activity done posts the "done"
     * message (a notification with the Activities subtype) on the record and deletes the activity;
     * answers the message id.
     */
    private Object actionFeedback(long uid, ModelDef def, List<Long> ids, Object feedback) {
        if (!"mail.activity".equals(def.name)) {
            throw new StandInFault(Type.ATTRIBUTE, "The method '" + def.name + ".action_feedback' does not exist");
        }
        Object first = Boolean.FALSE;
        for (Long id : ids) {
            Map<String, Object> activity = tables.get(def.name).get(id);
            if (activity == null) {
                throw missing(def, ids, uid);
            }
            String model = (String) activity.get("res_model");
            Long resId = (Long) activity.get("res_id");
            Object message = Boolean.FALSE;
            if (model != null
                    && resId != null
                    && models.get(model).mailThread
                    && tables.get(model).containsKey(resId)) {
                Map<String, Object> kwargs = new LinkedHashMap<>();
                String summary = activity.get("summary") == null ? "" : activity.get("summary") + " done";
                kwargs.put("body", feedback == null ? summary : summary + ": " + feedback);
                kwargs.put("subtype_xmlid", "mail.mt_activities");
                message = messagePost(uid, models.get(model), List.of(resId), kwargs);
            }
            if (Boolean.FALSE.equals(first)) {
                first = message;
            }
            tables.get(def.name).remove(id);
        }
        return first;
    }

    // ---------------------------------------------------------------- payments (account.payment.register)

    /** Models whose methods read the call's context (wizards opened on records); others ignore it. */
    static boolean readsContext(String model) {
        return PAYMENT_WIZARD.equals(model);
    }

    /** Odoo 17's wizard: only on posted invoices with something left to pay, named by the context. */
    private Object createPaymentWizard(long uid, ModelDef def, Object valsList, Map<String, Object> kwargs) {
        Map<String, Object> context = kwargs.get("context") instanceof Map<?, ?> c ? map(c) : Map.of();
        if (!"account.move".equals(context.get("active_model"))) {
            throw new StandInFault(
                    Type.USER,
                    "The register payment wizard should only be called on account.move or account.move.line records.");
        }
        List<Long> moves = ids(falseToEmpty(context.get("active_ids")));
        if (moves.isEmpty()) {
            throw new StandInFault(
                    Type.USER, "You can't open the register payment wizard without at least one record.");
        }
        for (Long id : moves) {
            Map<String, Object> move = tables.get("account.move").get(id);
            if (move == null) {
                throw missing(models.get("account.move"), moves, uid);
            }
            if (!"posted".equals(move.get("state"))) {
                throw new StandInFault(Type.USER, "You can only register payment for posted journal entries.");
            }
            if (!(move.get("amount_residual") instanceof Number residual) || residual.doubleValue() <= 0.0) {
                throw new StandInFault(
                        Type.USER,
                        "You can't register a payment because there is nothing left to pay on the selected journal items.");
            }
        }
        long id = createOne(uid, def, map(valsList));
        tables.get(def.name).get(id).put(ACTIVE_IDS, List.copyOf(moves));
        return id;
    }

    /** Posts one inbound customer payment per invoice and reconciles it: the residual drops. */
    @SuppressWarnings("unchecked")
    private Object createPayments(long uid, List<Long> wizardIds) {
        ModelDef payments = models.get("account.payment");
        ModelDef moves = models.get("account.move");
        long last = 0;
        for (Long wizardId : wizardIds) {
            Map<String, Object> wizard = tables.get(PAYMENT_WIZARD).get(wizardId);
            if (wizard == null) {
                throw missing(models.get(PAYMENT_WIZARD), wizardIds, uid);
            }
            for (Long moveId : (List<Long>) wizard.get(ACTIVE_IDS)) {
                Map<String, Object> move = tables.get("account.move").get(moveId);
                double residual = ((Number) move.get("amount_residual")).doubleValue();
                double amount =
                        wizard.get("amount") instanceof Number n && n.doubleValue() > 0 ? n.doubleValue() : residual;
                Map<String, Object> vals = new LinkedHashMap<>();
                vals.put("partner_id", move.get("partner_id"));
                vals.put("amount", amount);
                vals.put(
                        "date",
                        wizard.get("payment_date") == null
                                ? LocalDate.now(clock).toString()
                                : wizard.get("payment_date").toString());
                vals.put("ref", wizard.get("communication") == null ? Boolean.FALSE : wizard.get("communication"));
                vals.put("payment_type", "inbound");
                vals.put("partner_type", "customer");
                vals.put("state", "posted");
                vals.put("reconciled_invoice_ids", List.of(List.of(6, 0, List.of(moveId))));
                last = createOne(uid, payments, vals);
                tables.get("account.payment")
                        .get(last)
                        .put("name", "PBNK1/" + LocalDate.now(clock).getYear() + "/" + String.format("%05d", last));
                double left = Math.max(0.0, Math.round((residual - amount) * 100.0) / 100.0);
                // Odoo 17 books customer payments on the outstanding receipts account: the invoice is
                // "in_payment" until the bank statement line is reconciled
                write(
                        uid,
                        moves,
                        List.of(moveId),
                        Map.of("amount_residual", left, "payment_state", left > 0.0 ? "partial" : "in_payment"));
            }
        }
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("name", "Payments");
        action.put("type", "ir.actions.act_window");
        action.put("res_model", "account.payment");
        action.put("context", Map.of("create", Boolean.FALSE));
        action.put("view_mode", "form");
        action.put("res_id", last);
        return action;
    }

    private static StandInFault missing(ModelDef def, List<Long> ids, Long uid) {
        StringBuilder ref = new StringBuilder(def.name).append('(');
        ids.forEach(i -> ref.append(i).append(','));
        ref.append(')');
        return new StandInFault(
                Type.MISSING,
                "Record does not exist or has been deleted.\n(Record: " + ref + ", User: " + (uid == null ? 2 : uid)
                        + ")");
    }

    private void defaults(long uid, ModelDef def, Map<String, Object> rec) {
        if (def.fields.containsKey("active")) {
            rec.put("active", Boolean.TRUE);
        }
        switch (def.name) {
            case "res.partner" -> rec.put("type", "contact");
            case "calendar.event" -> {
                rec.put("user_id", uid);
                rec.put("show_as", "busy");
                rec.put("privacy", "public");
                rec.put("duration", 1.0);
            }
            case "patient.appointment" -> {
                rec.put("appointment_status", "draft");
                rec.put("user_id", uid);
                rec.put("duration", 1.0);
            }
            case "account.move" -> {
                rec.put("move_type", "entry");
                rec.put("state", "draft");
                rec.put("payment_state", "not_paid");
                rec.put("name", "/");
            }
            case "mail.activity" -> rec.put("user_id", uid);
            case "ir.attachment" -> rec.put("type", "binary");
            case "mail.message" -> {
                rec.put("message_type", "comment");
                rec.put("date", now());
            }
            default -> {
                // no defaults
            }
        }
    }

    /** Converts and stores plain values; returns the x2many commands to apply once the record exists. */
    private Map<String, Object> assign(ModelDef def, Map<String, Object> rec, Map<String, Object> vals) {
        Map<String, Object> x2many = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : vals.entrySet()) {
            FieldDef f = def.fields.get(e.getKey());
            if (f == null) {
                throw StandInFault.invalidField(e.getKey(), def.name);
            }
            if (Set.of("id", "create_date", "write_date", "create_uid", "write_uid", "display_name")
                    .contains(f.name)) {
                continue; // Odoo ignores the magic columns
            }
            if (f.isX2Many()) {
                x2many.put(f.name, e.getValue());
            } else {
                rec.put(f.name, convert(def, f, e.getValue()));
            }
        }
        if ("ir.attachment".equals(def.name) && rec.get("datas") instanceof String data) {
            rec.put("file_size", (long) java.util.Base64.getMimeDecoder().decode(data).length);
        }
        return x2many;
    }

    private Object convert(ModelDef def, FieldDef f, Object value) {
        if (value == null || (Boolean.FALSE.equals(value) && !"boolean".equals(f.type))) {
            return null;
        }
        return switch (f.type) {
            case "boolean" -> truthy(value);
            case "integer" -> ((Number) value).longValue();
            case "float", "monetary" -> ((Number) value).doubleValue();
            case "selection" -> {
                if (!f.selection.contains(String.valueOf(value))) {
                    throw new StandInFault(
                            Type.VALUE, "Wrong value for " + def.name + "." + f.name + ": '" + value + "'", true);
                }
                yield value.toString();
            }
            case "date" -> parseDate(value.toString());
            case "datetime" -> parseDatetime(value.toString());
            case "many2one" -> {
                long id = value instanceof List<?> pair
                        ? ((Number) pair.get(0)).longValue()
                        : ((Number) value).longValue();
                if (!tables.get(f.relation).containsKey(id)) {
                    throw new StandInFault(
                            Type.VALIDATION,
                            "The operation cannot be completed: another model requires "
                                    + "the record being deleted. If possible, archive it instead.\n\nModel: "
                                    + def.description
                                    + " (" + def.name + "), Field: " + f.label + " (" + f.name + ")");
                }
                yield id;
            }
            default -> value.toString();
        };
    }

    private static boolean truthy(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return value != null && !value.toString().isEmpty();
    }

    private static String parseDate(String text) {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text)
                    .toString();
        } catch (DateTimeParseException e) {
            throw new StandInFault(Type.VALUE, "time data '" + text + "' does not match format '%Y-%m-%d'");
        }
    }

    private static String parseDatetime(String text) {
        String value = text.length() > 19 ? text.substring(0, 19) : text;
        if (value.length() == 10) {
            value += " 00:00:00";
        }
        try {
            return DATETIME.format(LocalDateTime.parse(value, DATETIME));
        } catch (DateTimeParseException e) {
            throw new StandInFault(Type.VALUE, "time data '" + value + "' does not match format '%Y-%m-%d %H:%M:%S'");
        }
    }

    /** calendar.event and patient.appointment: stop follows start + duration, duration follows start/stop. */
    private static void computeSchedule(ModelDef def, Map<String, Object> rec, Map<String, Object> vals) {
        if (!def.fields.containsKey("start") || !def.fields.containsKey("duration") || rec.get("start") == null) {
            return;
        }
        LocalDateTime start = LocalDateTime.parse((String) rec.get("start"), DATETIME);
        boolean stopGiven = vals.containsKey("stop") && rec.get("stop") != null;
        if (!stopGiven && (vals.containsKey("start") || vals.containsKey("duration") || rec.get("stop") == null)) {
            double hours = rec.get("duration") == null ? 1.0 : (Double) rec.get("duration");
            rec.put("stop", DATETIME.format(start.plusSeconds(Math.round(hours * 3600))));
        } else if (rec.get("stop") != null) {
            LocalDateTime stop = LocalDateTime.parse((String) rec.get("stop"), DATETIME);
            rec.put("duration", Duration.between(start, stop).toSeconds() / 3600.0);
        }
    }

    /** mail.activity: res_model follows res_model_id (a stored related field), res_name the record. */
    private void computeActivityTarget(ModelDef def, Map<String, Object> rec) {
        if (!"mail.activity".equals(def.name)) {
            return;
        }
        Long modelId = (Long) rec.get("res_model_id");
        String model = modelId == null
                ? null
                : (String) tables.get("ir.model").get(modelId).get("model");
        rec.put("res_model", model);
        Long resId = (Long) rec.get("res_id");
        rec.put("res_name", model == null || resId == null || resId == 0 ? null : displayName(model, resId));
    }

    private static void checkRequired(ModelDef def, Map<String, Object> rec) {
        for (FieldDef f : def.fields.values()) {
            if (f.required && rec.get(f.name) == null) {
                throw new StandInFault(
                        Type.VALIDATION,
                        "The operation cannot be completed:\n"
                                + "- Create/update: a mandatory field is not set.\n"
                                + "- Delete: another model requires the record being deleted. If possible, archive it instead.\n\n"
                                + "Model: " + def.description + " (" + def.name + ")\nField: " + f.label + " (" + f.name
                                + ")");
            }
        }
    }

    private static void checkConstraints(ModelDef def, Map<String, Object> rec) {
        if (def.fields.containsKey("start")
                && rec.get("start") != null
                && rec.get("stop") != null
                && ((String) rec.get("stop")).compareTo((String) rec.get("start")) < 0) {
            Object name = rec.get("name") == null ? rec.get(def.recName) : rec.get("name");
            throw new StandInFault(
                    Type.VALIDATION,
                    "The ending date and time cannot be earlier than the starting date and time.\n"
                            + "Meeting “" + (name == null ? "" : name) + "” starts “" + rec.get("start")
                            + "” and ends “"
                            + rec.get("stop") + "”");
        }
    }

    private void applyX2Many(long uid, ModelDef def, Map<String, Object> rec, Map<String, Object> x2many) {
        Long id = (Long) rec.get("id");
        x2many.forEach((fieldName, value) -> {
            FieldDef f = def.fields.get(fieldName);
            ModelDef related = models.get(f.relation);
            Set<Long> current = new LinkedHashSet<>(
                    "one2many".equals(f.type) ? inverseIds(f, id) : ids(rec.getOrDefault(f.name, List.of())));
            for (Object command : falseToEmpty(value)) {
                if (command instanceof Number plainId) {
                    current.add(plainId.longValue()); // a bare list of ids means "these"
                    continue;
                }
                List<Object> c = list(command);
                int op = ((Number) c.get(0)).intValue();
                switch (op) {
                    case 0 -> {
                        Map<String, Object> lineVals = new LinkedHashMap<>(map(c.get(2)));
                        if (f.inverse != null) {
                            lineVals.put(f.inverse, id);
                        }
                        current.add(createOne(uid, related, lineVals));
                    }
                    case 1 -> write(uid, related, List.of(((Number) c.get(1)).longValue()), map(c.get(2)));
                    case 2 -> {
                        long other = ((Number) c.get(1)).longValue();
                        unlink(related, List.of(other));
                        current.remove(other);
                    }
                    case 3 -> current.remove(((Number) c.get(1)).longValue());
                    case 4 -> current.add(((Number) c.get(1)).longValue());
                    case 5 -> current.clear();
                    case 6 -> {
                        current.clear();
                        current.addAll(ids(c.get(2)));
                    }
                    default -> throw new StandInFault(Type.VALUE, "Invalid x2many command " + op);
                }
            }
            if ("one2many".equals(f.type)) {
                for (Map<String, Object> line : tables.get(f.relation).values()) {
                    Long lineId = (Long) line.get("id");
                    if (current.contains(lineId)) {
                        line.put(f.inverse, id);
                    } else if (id.equals(line.get(f.inverse))) {
                        line.put(f.inverse, null);
                    }
                }
            } else {
                for (Long other : current) {
                    if (!tables.get(f.relation).containsKey(other)) {
                        throw missing(related, List.of(other), uid);
                    }
                }
                rec.put(f.name, new ArrayList<>(current));
            }
        });
    }

    // ---------------------------------------------------------------- order

    private Comparator<Map<String, Object>> comparator(ModelDef def, String order) {
        Comparator<Map<String, Object>> byId = Comparator.comparing(r -> (Long) r.get("id"));
        if (order == null || order.isBlank()) {
            return byId;
        }
        Comparator<Map<String, Object>> result = null;
        for (String part : order.split(",")) {
            String[] words = part.trim().split("\\s+");
            String field = words[0];
            boolean desc = words.length > 1 && "desc".equalsIgnoreCase(words[1]);
            if (!def.fields.containsKey(field)
                    || words.length > 2 && !words[2].toLowerCase().startsWith("nulls")
                    || words.length > 1 && !Set.of("asc", "desc").contains(words[1].toLowerCase())) {
                throw new StandInFault(
                        Type.VALUE,
                        "Invalid \"order\" specified (" + order + "). A valid \"order\" "
                                + "specification is a comma-separated list of valid field names (optionally followed by asc/desc "
                                + "for the direction)");
            }
            Comparator<Map<String, Object>> one =
                    (a, b) -> compareValues(sortKey(def, a, field), sortKey(def, b, field), desc);
            result = result == null ? one : result.thenComparing(one);
        }
        return result.thenComparing(byId);
    }

    private Object sortKey(ModelDef def, Map<String, Object> rec, String field) {
        if ("display_name".equals(field)) {
            return displayName(def.name, (Long) rec.get("id"));
        }
        return rec.get(field);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b, boolean desc) {
        // PostgreSQL: NULLS LAST for ASC, NULLS FIRST for DESC
        if (a == null || b == null) {
            if (a == b) {
                return 0;
            }
            return a == null ? 1 : -1;
        }
        int c;
        if (a instanceof String sa && b instanceof String sb) {
            c = String.CASE_INSENSITIVE_ORDER.compare(sa, sb);
            c = c != 0 ? c : sa.compareTo(sb);
        } else if (a instanceof Number na && b instanceof Number nb) {
            c = Double.compare(na.doubleValue(), nb.doubleValue());
        } else if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
            c = ca.compareTo(b);
        } else {
            c = a.toString().compareTo(b.toString());
        }
        return desc ? -c : c;
    }

    // ---------------------------------------------------------------- helpers

    private String now() {
        return DATETIME.format(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    static Object arg(List<Object> args, Map<String, Object> kwargs, int position, String name, Object fallback) {
        if (position < args.size()) {
            return args.get(position);
        }
        return kwargs.containsKey(name) ? kwargs.get(name) : fallback;
    }

    private static int intArg(List<Object> args, Map<String, Object> kwargs, int position, String name) {
        Object value = falseToNull(arg(args, kwargs, position, name, null));
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static List<String> fieldList(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        list(value).forEach(v -> out.add(v.toString()));
        return out;
    }

    static Object falseToNull(Object value) {
        return Boolean.FALSE.equals(value) ? null : value;
    }

    private static List<Object> falseToEmpty(Object value) {
        return value == null || Boolean.FALSE.equals(value) ? List.of() : list(value);
    }

    static List<Long> ids(Object value) {
        if (value instanceof Number n) {
            return List.of(n.longValue());
        }
        List<Long> out = new ArrayList<>();
        for (Object o : list(value)) {
            out.add(((Number) o).longValue());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        if (value instanceof List<?>) {
            return (List<Object>) value;
        }
        throw new StandInFault(Type.VALUE, "expected a list, got " + value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (value instanceof Map<?, ?>) {
            return (Map<String, Object>) value;
        }
        throw new StandInFault(Type.VALUE, "expected a dict, got " + value);
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    static Set<Long> idSet(Object value) {
        return new TreeSet<>(ids(value));
    }
}
