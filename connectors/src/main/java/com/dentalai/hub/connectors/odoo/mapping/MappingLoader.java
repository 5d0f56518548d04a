package com.dentalai.hub.connectors.odoo.mapping;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads model mappings by name: first from an operator's folder ({@code config/odoo/mappings},
 * editable without a rebuild), then from the copies of the same files packaged in the jar. A
 * mapping that is malformed or misses a required key fails here with the key named; whether its
 * models and fields exist in a tenant's Odoo is {@link MappingValidator}'s job.
 */
public final class MappingLoader {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final String CLASSPATH_FOLDER = "odoo/mappings/";

    private final Path folder;
    private final YAMLMapper yaml;
    private final Map<String, OdooMapping> cache = new ConcurrentHashMap<>();

    /** @param folder the operator's mapping folder; {@code null} or missing = packaged copies only */
    public MappingLoader(Path folder) {
        this.folder = folder;
        this.yaml = YAMLMapper.builder(new YAMLFactory())
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .build();
    }

    /** The mapping called {@code name}, read once and cached. */
    public OdooMapping load(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new MappingException(List.of("mapping name must match " + NAME + ": '" + name + "'"));
        }
        return cache.computeIfAbsent(name, this::read);
    }

    /** Forgets cached mappings, so an edited file is read again (tenant change, check run). */
    public void reload() {
        cache.clear();
    }

    private OdooMapping read(String name) {
        String source = "mappings/" + name + ".yaml";
        try (InputStream in = open(name)) {
            if (in == null) {
                throw new MappingException(List.of(source + ": no such mapping"));
            }
            OdooMapping raw = yaml.readValue(in, OdooMapping.class);
            if (raw == null) {
                throw new MappingException(List.of(source + ": empty file"));
            }
            OdooMapping mapping = new OdooMapping(
                    raw.name() == null ? name : raw.name(),
                    source,
                    raw.patient(),
                    raw.practitioner(),
                    raw.appointment(),
                    raw.invoice(),
                    raw.attachment());
            List<String> missing = RequiredKeys.check(mapping);
            if (!missing.isEmpty()) {
                throw new MappingException(missing);
            }
            return mapping;
        } catch (JsonMappingException e) {
            throw new MappingException(source + ": " + keyPath(e) + " -> " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MappingException(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private InputStream open(String name) throws IOException {
        if (folder != null) {
            Path file = folder.resolve(name + ".yaml");
            if (Files.isRegularFile(file)) {
                return Files.newInputStream(file);
            }
        }
        return MappingLoader.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + name + ".yaml");
    }

    private static String keyPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** The keys a mapping cannot do without, each reported by its path. */
    static final class RequiredKeys {

        private final String source;
        private final List<String> problems = new ArrayList<>();

        private RequiredKeys(String source) {
            this.source = source;
        }

        static List<String> check(OdooMapping m) {
            RequiredKeys r = new RequiredKeys(m.source());
            r.require("patient", m.patient());
            if (m.patient() != null) {
                r.require("patient.model", m.patient().model());
                r.require("patient.fields", m.patient().fields());
                if (m.patient().fields() != null) {
                    r.require("patient.fields.name", m.patient().fields().name());
                    r.require(
                            "patient.fields.phone",
                            emptyToNull(m.patient().fields().phone()));
                }
            }
            r.require("practitioner", m.practitioner());
            if (m.practitioner() != null) {
                r.require("practitioner.model", m.practitioner().model());
                r.require(
                        "practitioner.fields.name",
                        m.practitioner().fields() == null
                                ? null
                                : m.practitioner().fields().name());
            }
            r.require("appointment", m.appointment());
            if (m.appointment() != null) {
                r.appointment(m.appointment());
            }
            if (m.invoice() != null) {
                r.require("invoice.model", m.invoice().model());
                r.require("invoice.patient-match", m.invoice().patientMatch());
                r.require("invoice.fields", m.invoice().fields());
                if (m.invoice().fields() != null) {
                    r.require("invoice.fields.patient", m.invoice().fields().patient());
                    r.require("invoice.fields.amount", m.invoice().fields().amount());
                    r.require("invoice.fields.residual", m.invoice().fields().residual());
                }
            }
            if (m.attachment() != null) {
                r.attachment("attachment.patient", m.attachment().patient());
                r.attachment("attachment.appointment", m.attachment().appointment());
            }
            return r.problems;
        }

        private void appointment(OdooMapping.AppointmentMapping a) {
            require("appointment.model", a.model());
            require("appointment.patient-link", a.patientLink());
            require("appointment.cancel", a.cancel());
            require("appointment.fields", a.fields());
            if (a.fields() == null) {
                return;
            }
            require("appointment.fields.start", a.fields().start());
            require("appointment.fields.end", a.fields().end());
            require("appointment.fields.patient", a.fields().patient());
            require("appointment.fields.note", a.fields().note());
            if (a.cancel() == OdooMapping.CancelMode.ARCHIVE) {
                require("appointment.fields.active", a.fields().active());
            }
            if (a.fields().status() != null) {
                require("appointment.statuses", emptyToNull(a.statuses().keySet()));
                require("appointment.book-status", a.bookStatus());
            }
            if (a.cancel() == OdooMapping.CancelMode.STATUS) {
                require("appointment.fields.status", a.fields().status());
                require("appointment.cancel-status", a.cancelStatus());
            }
            if (a.bookStatus() != null && !a.statuses().containsKey(a.bookStatus())) {
                problems.add(source + ": appointment.book-status -> '" + a.bookStatus()
                        + "' is not one of appointment.statuses");
            }
            if (a.cancelStatus() != null && !a.statuses().containsKey(a.cancelStatus())) {
                problems.add(source + ": appointment.cancel-status -> '" + a.cancelStatus()
                        + "' is not one of appointment.statuses");
            }
        }

        private void attachment(String key, OdooMapping.AttachmentTarget t) {
            if (t == null) {
                return;
            }
            require(key + ".kind", t.kind());
            if (t.kind() == OdooMapping.AttachmentKind.LINE) {
                require(key + ".model", t.model());
                require(key + ".fields.owner", t.fields().get("owner"));
                require(key + ".fields.file", t.fields().get("file"));
            }
        }

        private void require(String key, Object value) {
            if (value == null || (value instanceof String s && s.isBlank())) {
                problems.add(source + ": " + key + " -> required");
            }
        }

        private static Object emptyToNull(java.util.Collection<?> values) {
            return values == null || values.isEmpty() ? null : values;
        }
    }
}
