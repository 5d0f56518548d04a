package com.dentalai.hub.platform.tenants;

import com.dentalai.hub.domain.tenant.LocalizedText;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.domain.tenant.TenantValidator;
import com.dentalai.hub.domain.validation.FieldError;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a tenants file in three steps, each naming the key it rejects: the JSON Schema (shape,
 * unknown keys, patterns), the Jackson mapping to domain {@link Tenant}s (zone ids, dates, times),
 * then the domain's own {@link TenantValidator} (parents, duplicates, opening-hour strings).
 */
final class TenantsFile {

    /** One tenant as mapped, with its entry as written (kept as the stored {@code config}). */
    record Entry(Tenant tenant, JsonNode raw) {}

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper MAPPER = tenantMapper();

    private final JsonSchema schema;

    TenantsFile(InputStream schemaJson) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .errorMessageKeyword("message")
                .formatAssertionsEnabled(true)
                .build();
        this.schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson, config);
    }

    /** The Jackson mapping of one tenant entry, shared with the directory that reads it back. */
    static ObjectMapper tenantMapper() {
        SimpleModule localized = new SimpleModule("tenant-file");
        localized.addDeserializer(LocalizedText.class, new LocalizedTextDeserializer());
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(localized)
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    static Tenant toTenant(JsonNode raw) throws IOException {
        return MAPPER.treeToValue(raw, Tenant.class);
    }

    List<Entry> read(String name, InputStream yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new TenantFileException(
                    name, List.of(new FieldError("(file)", "is not valid YAML: " + firstLine(e.getMessage()))));
        }
        if (root == null || root.isMissingNode()) {
            throw new TenantFileException(name, List.of(new FieldError("tenants", "is required")));
        }
        List<FieldError> errors = schemaErrors(root);
        if (!errors.isEmpty()) {
            throw new TenantFileException(name, errors);
        }
        List<Entry> entries = new ArrayList<>();
        JsonNode list = root.get("tenants");
        for (int i = 0; i < list.size(); i++) {
            try {
                entries.add(new Entry(toTenant(list.get(i)), list.get(i)));
            } catch (JsonMappingException e) {
                errors.add(new FieldError(
                        "tenants[" + i + "]" + path(e), "has an invalid value: " + firstLine(e.getOriginalMessage())));
            } catch (IOException e) {
                errors.add(new FieldError("tenants[" + i + "]", firstLine(e.getMessage())));
            }
        }
        if (errors.isEmpty()) {
            errors.addAll(
                    TenantValidator.validate(entries.stream().map(Entry::tenant).toList()));
        }
        if (!errors.isEmpty()) {
            throw new TenantFileException(name, errors);
        }
        return entries;
    }

    private List<FieldError> schemaErrors(JsonNode root) {
        Set<ValidationMessage> messages = schema.validate(root);
        List<FieldError> errors = new ArrayList<>();
        for (ValidationMessage m : messages) {
            String key = key(m.getInstanceLocation());
            if ("required".equals(m.getType()) || "additionalProperties".equals(m.getType())) {
                key = key.isEmpty() ? m.getProperty() : key + "." + m.getProperty();
                String what = "required".equals(m.getType()) ? "is required" : "is not a known key";
                errors.add(new FieldError(key, what));
            } else {
                errors.add(new FieldError(key.isEmpty() ? "(file)" : key, m.getError()));
            }
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /** {@code tenants[1].odoo.url}: the spelling operators see in the YAML and in our docs. */
    private static String key(com.networknt.schema.JsonNodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                sb.append('[').append(index).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(element);
            }
        }
        return sb.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** {@code address: "…"} or {@code address: {he: …, en: …}}. */
    private static final class LocalizedTextDeserializer extends JsonDeserializer<LocalizedText> {

        @Override
        public LocalizedText deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonNode node = p.readValueAsTree();
            if (node == null || node.isNull()) {
                return LocalizedText.EMPTY;
            }
            if (node.isTextual()) {
                return LocalizedText.of(node.asText());
            }
            Map<String, String> perLocale = ctx.readTreeAsValue(
                    node, ctx.getTypeFactory().constructType(new TypeReference<Map<String, String>>() {}));
            return LocalizedText.of(perLocale);
        }
    }
}
