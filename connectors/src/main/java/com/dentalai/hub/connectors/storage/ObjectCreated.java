package com.dentalai.hub.connectors.storage;

/**
 * One object-created notification, from AWS S3 or MinIO, with the key already URL-decoded.
 *
 * @param sequencer orders events on one key (compare zero-padded); may be empty
 */
public record ObjectCreated(String bucket, String key, long size, String eTag, String versionId, String sequencer) {

    /** Identity of this version of the object: the idempotency key of the pipeline. */
    public String versionKey() {
        String version = versionId != null && !versionId.isEmpty() ? versionId : eTag;
        return bucket + "/" + key + "#" + (version == null ? "" : version);
    }
}
