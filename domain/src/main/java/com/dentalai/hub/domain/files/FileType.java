package com.dentalai.hub.domain.files;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of clinical file the hub accepts, each with the content types it allows and its size
 * limit. CBCT exports arrive as DICOM files or as ZIP archives of DICOM slices.
 */
public enum FileType {
    PHOTO(Set.of("image/jpeg", "image/png"), 20L * 1024 * 1024),
    XRAY(Set.of("image/jpeg", "image/png", "application/dicom"), 50L * 1024 * 1024),
    CBCT(Set.of("application/dicom", "application/zip"), 1024L * 1024 * 1024),
    PDF(Set.of("application/pdf"), 25L * 1024 * 1024);

    private final Set<String> contentTypes;
    private final long maxBytes;

    FileType(Set<String> contentTypes, long maxBytes) {
        this.contentTypes = contentTypes;
        this.maxBytes = maxBytes;
    }

    public Set<String> contentTypes() {
        return contentTypes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public boolean allows(String contentType) {
        return contentType != null && contentTypes.contains(contentType.toLowerCase(Locale.ROOT));
    }

    /** Parses the wire name ({@code photo|xray|cbct|pdf}). */
    public static Optional<FileType> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (FileType t : values()) {
            if (t.name().equalsIgnoreCase(name.trim())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
