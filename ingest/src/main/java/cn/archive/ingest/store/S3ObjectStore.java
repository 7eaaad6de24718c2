package cn.archive.ingest.store;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link ObjectStore} over any S3-compatible server, through the MinIO Java SDK. */
public final class S3ObjectStore implements ObjectStore {

    private final MinioClient client;
    private final String bucket;

    public S3ObjectStore(String endpoint, String accessKey, String secretKey, String bucket) {
        this.client = MinioClient.builder().endpoint(endpoint).credentials(accessKey, secretKey)
                .region("us-east-1").build();
        this.bucket = bucket;
    }

    @Override
    public void ensureBucket() throws IOException {
        call("create bucket " + bucket, () -> {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            }
            return null;
        });
    }

    @Override
    public Optional<StoredObject> stat(String key) throws IOException {
        return unlessMissing("stat of '" + key + "'", () -> {
            StatObjectResponse r = client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            return new StoredObject(key, r.size(), r.contentType());
        });
    }

    @Override
    public Optional<InputStream> find(String key) throws IOException {
        return unlessMissing("download of '" + key + "'",
                () -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build()));
    }

    /** The call's answer, or empty when the server says there is no such object (any other error is thrown). */
    private <T> Optional<T> unlessMissing(String what, S3Call<T> call) throws IOException {
        try {
            return Optional.of(call.run());
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code()) || "NoSuchObject".equals(e.errorResponse().code())) {
                return Optional.empty();
            }
            throw new IOException("S3 " + what + " failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw wrap(what, e);
        }
    }

    @Override
    public void put(String key, Path file, String contentType) throws IOException {
        call("upload '" + key + "'", () -> client.uploadObject(UploadObjectArgs.builder().bucket(bucket).object(key)
                .filename(file.toString()).contentType(contentType).build()));
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) throws IOException {
        call("upload '" + key + "'", () -> client.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                .stream(new ByteArrayInputStream(bytes), bytes.length, -1).contentType(contentType).build()));
    }

    @Override
    public InputStream get(String key) throws IOException {
        return call("download '" + key + "'",
                () -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build()));
    }

    @Override
    public InputStream get(String key, long offset, long length) throws IOException {
        return call("download '" + key + "'", () -> client.getObject(GetObjectArgs.builder().bucket(bucket)
                .object(key).offset(offset).length(length).build()));
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        return call("list '" + prefix + "'", () -> {
            List<String> keys = new ArrayList<>();
            for (Result<Item> r : client.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix)
                    .recursive(true).build())) {
                keys.add(r.get().objectName());
            }
            return keys;
        });
    }

    @Override
    public void delete(String key) throws IOException {
        call("delete '" + key + "'", () -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            return null;
        });
    }

    private interface S3Call<T> {
        T run() throws Exception;
    }

    private <T> T call(String what, S3Call<T> call) throws IOException {
        try {
            return call.run();
        } catch (Exception e) {
            throw wrap(what, e);
        }
    }

    private IOException wrap(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new IOException("S3 " + what + " in bucket '" + bucket + "' failed: " + e.getMessage()
                + " (is the S3 server at the configured ARCHIVE_S3_ENDPOINT up?)", e);
    }
}
