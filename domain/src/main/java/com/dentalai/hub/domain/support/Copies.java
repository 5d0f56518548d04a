package com.dentalai.hub.domain.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Defensive copies that keep the file's order and drop YAML nulls, because {@code Map.copyOf}
 * would throw on a null value and the mapper would then report a confusing error.
 */
public final class Copies {

    private Copies() {}

    public static <K, V> Map<K, V> copy(Map<K, V> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        Map<K, V> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    public static <T> List<T> copy(List<T> source) {
        if (source == null || source.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(source);
        copy.removeIf(Objects::isNull);
        return List.copyOf(copy);
    }
}
