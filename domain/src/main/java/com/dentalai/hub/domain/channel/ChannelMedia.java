package com.dentalai.hub.domain.channel;

import java.util.Objects;

/**
 * A file fetched from a channel (a photo the patient sent). PHI: never log the bytes.
 *
 * @param mimeType as the channel reports it; "application/octet-stream" when it does not say
 */
public record ChannelMedia(byte[] bytes, String mimeType) {

    public ChannelMedia {
        Objects.requireNonNull(bytes, "bytes");
        mimeType = mimeType == null || mimeType.isBlank() ? "application/octet-stream" : mimeType;
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "ChannelMedia[" + mimeType + ", " + bytes.length + " bytes]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChannelMedia media
                && mimeType.equals(media.mimeType)
                && java.util.Arrays.equals(bytes, media.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(bytes) + mimeType.hashCode();
    }
}
