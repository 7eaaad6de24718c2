package cn.archive.ingest.config;

import java.util.Map;
import java.util.Objects;

/**
 * Where the archive's services are, as named by the {@code ARCHIVE_*} environment variables of
 * {@code interfaces.md}. The Spring app binds the same names through its own properties.
 *
 * @param esUrl       Elasticsearch base URL, e.g. http://127.0.0.1:9200
 * @param s3Endpoint  S3 endpoint URL (MinIO, S3Proxy or any S3 server)
 * @param s3AccessKey S3 access key
 * @param s3SecretKey S3 secret key
 * @param s3Bucket    bucket holding originals and manifests
 * @param indexAlias  alias the application reads and writes through
 */
public record ArchiveSettings(String esUrl, String s3Endpoint, String s3AccessKey, String s3SecretKey,
                              String s3Bucket, String indexAlias) {

    public static final String DEFAULT_BUCKET = "archive";
    public static final String DEFAULT_ALIAS = "archive-documents";

    public ArchiveSettings {
        Objects.requireNonNull(esUrl, "Elasticsearch URL");
        Objects.requireNonNull(s3Endpoint, "S3 endpoint");
    }

    /** Reads the settings from environment variables, failing with the name of what is missing. */
    public static ArchiveSettings fromEnvironment(Map<String, String> env) {
        return new ArchiveSettings(
                required(env, "ARCHIVE_ES_URL"),
                required(env, "ARCHIVE_S3_ENDPOINT"),
                required(env, "ARCHIVE_S3_ACCESS_KEY"),
                required(env, "ARCHIVE_S3_SECRET_KEY"),
                env.getOrDefault("ARCHIVE_S3_BUCKET", DEFAULT_BUCKET),
                env.getOrDefault("ARCHIVE_INDEX_ALIAS", DEFAULT_ALIAS));
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: start the stack with './archive start' "
                    + "or name your Elasticsearch and S3 services in the ARCHIVE_* environment variables");
        }
        return value;
    }
}
