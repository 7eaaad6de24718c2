package cn.archive.ingest.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one small interface the archive needs from an object store, so that MinIO, S3Proxy or any
 * other S3 server can stand behind it. Keys are plain strings; values are bytes.
 */
public interface ObjectStore {

    /** Creates the bucket when it is missing; safe to call on every start. */
    void ensureBucket() throws IOException;

    /** Size and content type of an object, or empty when there is none under this key. */
    Optional<StoredObject> stat(String key) throws IOException;

    /** Uploads a file; returns only once the server has acknowledged it. */
    void put(String key, Path file, String contentType) throws IOException;

    /** Uploads bytes; returns only once the server has acknowledged them. */
    void put(String key, byte[] bytes, String contentType) throws IOException;

    /** The whole object as a stream the caller closes. */
    InputStream get(String key) throws IOException;

    /**
     * The whole object as a stream the caller closes, or empty when there is none under this key: one
     * request where {@link #stat} then {@link #get} take two (a lookup on every API request pays for each).
     */
    default Optional<InputStream> find(String key) throws IOException {
        return stat(key).isPresent() ? Optional.of(get(key)) : Optional.empty();
    }

    /** {@code length} bytes from {@code offset}, for HTTP Range requests. */
    InputStream get(String key, long offset, long length) throws IOException;

    /** All keys under a prefix, in key order. */
    List<String> list(String prefix) throws IOException;

    /** Removes an object; no error when there is none. */
    void delete(String key) throws IOException;

    /** What {@link #stat} knows of an object. */
    record StoredObject(String key, long size, String contentType) {
    }
}
