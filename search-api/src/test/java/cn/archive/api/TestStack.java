package cn.archive.api;

import cn.archive.ingest.testsupport.ArchiveServices;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Points a Spring Boot test at the real Elasticsearch and S3 of {@link ArchiveServices}, each test
 * class with a bucket and index alias of its own, and gives the four initial users the passwords
 * named in {@code passwords} (random ones for the users it does not name).
 */
public final class TestStack {

    private TestStack() {
    }

    public static void register(DynamicPropertyRegistry registry, Map<String, String> passwords) {
        ArchiveServices.Endpoints services = ArchiveServices.get();
        registry.add("archive.es-url", services::esUrl);
        registry.add("archive.index-alias", services::newAlias);
        registry.add("archive.s3.endpoint", services::s3Endpoint);
        registry.add("archive.s3.access-key", services::accessKey);
        registry.add("archive.s3.secret-key", services::secretKey);
        registry.add("archive.s3.bucket", services::newBucket);
        for (String user : new String[] {"admin", "archivist", "viewer", "auditor"}) {
            String password = passwords.getOrDefault(user, user + "-" + UUID.randomUUID());
            registry.add("archive.users." + user, () -> password);
        }
    }

    /** The body of {@code POST /api/documents}: one file part named {@code name}. */
    public static HttpEntity<MultiValueMap<String, Object>> multipart(byte[] bytes, String name) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }
}
