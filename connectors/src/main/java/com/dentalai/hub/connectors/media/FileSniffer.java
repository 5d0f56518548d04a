package com.dentalai.hub.connectors.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells what a file really is from its first bytes (magic numbers), never from the header the
 * uploader declared.
 */
public final class FileSniffer {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] DICM = "DICM".getBytes(StandardCharsets.US_ASCII);
    private static final int DICOM_PREAMBLE = 128;

    private FileSniffer() {}

    public static Optional<String> contentTypeOf(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        if (startsWith(bytes, 0, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, 0, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, 0, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(bytes, DICOM_PREAMBLE, DICM)) {
            return Optional.of("application/dicom");
        }
        if (startsWith(bytes, 0, ZIP)) {
            return Optional.of("application/zip");
        }
        return Optional.empty();
    }

    /** True when the bytes are what the uploader declared. */
    public static boolean matches(String declaredContentType, byte[] bytes) {
        return contentTypeOf(bytes)
                .map(t -> t.equalsIgnoreCase(declaredContentType))
                .orElse(false);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
        return bytes.length >= offset + magic.length
                && Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
    }
}
