package com.dentalai.hub.domain.tenant;

import com.dentalai.hub.domain.support.Copies;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Free text that may differ per locale. The tenants file allows either a plain string or a map
 * {@code {he: …, en: …}}; {@link #of(String)} and {@link #of(Map)} build the two forms (the YAML
 * mapper in routes picks one by the node type). A map key {@code default} names the fallback
 * explicitly; otherwise the first entry is the fallback.
 */
public record LocalizedText(String defaultText, Map<String, String> byLocale) {

    public static final LocalizedText EMPTY = new LocalizedText("", Map.of());

    public LocalizedText {
        defaultText = defaultText == null ? "" : defaultText;
        byLocale = Copies.copy(byLocale);
    }

    public static LocalizedText of(String text) {
        return new LocalizedText(text, Map.of());
    }

    public static LocalizedText of(Map<String, String> perLocale) {
        if (perLocale == null || perLocale.isEmpty()) {
            return EMPTY;
        }
        Map<String, String> locales = new LinkedHashMap<>(perLocale);
        String fallback = locales.remove("default");
        if (fallback == null) {
            fallback =
                    locales.values().stream().filter(v -> v != null).findFirst().orElse("");
        }
        return new LocalizedText(fallback, Collections.unmodifiableMap(locales));
    }

    /** The text for {@code locale}, or the fallback when that locale has none. */
    public String in(String locale) {
        String text = locale == null ? null : byLocale.get(locale);
        return text == null ? defaultText : text;
    }

    public boolean isEmpty() {
        return defaultText.isEmpty() && byLocale.isEmpty();
    }
}
