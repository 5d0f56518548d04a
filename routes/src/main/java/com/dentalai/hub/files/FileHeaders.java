package com.dentalai.hub.files;

/** Message headers of the files flows (valid JMS property names: they cross the broker). */
final class FileHeaders {

    /** Bucket of the object an event announced. */
    static final String BUCKET = "HubFileBucket";
    /** Key of the object, URL-decoded. */
    static final String KEY = "HubFileKey";
    /** Size the event announced. */
    static final String EVENT_SIZE = "HubFileEventSize";
    /** {@code ObjectCreated.versionKey()}: the pipeline's idempotency key. */
    static final String VERSION_KEY = "HubFileVersionKey";
    /** The hub's file id (registration stage). */
    static final String FILE_ID = "HubFileId";
    /** Set by the pipeline: true when the file passed and awaits registration. */
    static final String STORED = "HubFileStored";

    private FileHeaders() {}
}
