package cn.archive.api.access;

import cn.archive.ingest.record.RecordJson;
import cn.archive.ingest.store.DocumentStore;
import cn.archive.ingest.store.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Access requests in the object store, under {@code access-requests/<requester>/<id>.json}: a
 * viewer's requests are listed by one prefix when a download is checked.
 */
@Component
class AccessRequestStore {

    private static final String PREFIX = "access-requests/";

    private final ObjectStore store;

    AccessRequestStore(DocumentStore documents) {
        this.store = documents.objects();
    }

    void save(AccessRequest request) throws IOException {
        store.put(key(request.requester(), request.id()), RecordJson.mapper().writeValueAsBytes(request),
                "application/json");
    }

    List<AccessRequest> of(String requester) throws IOException {
        return readAll(PREFIX + requester + "/");
    }

    List<AccessRequest> all() throws IOException {
        return readAll(PREFIX);
    }

    Optional<AccessRequest> find(String id) throws IOException {
        for (String key : store.list(PREFIX)) {
            if (key.endsWith("/" + id + ".json")) {
                return Optional.of(read(key));
            }
        }
        return Optional.empty();
    }

    private List<AccessRequest> readAll(String prefix) throws IOException {
        List<AccessRequest> requests = new ArrayList<>();
        for (String key : store.list(prefix)) {
            if (key.endsWith(".json")) {
                requests.add(read(key));
            }
        }
        return requests;
    }

    private AccessRequest read(String key) throws IOException {
        try (InputStream in = store.get(key)) {
            return RecordJson.mapper().readValue(in, AccessRequest.class);
        }
    }

    private static String key(String requester, String id) {
        return PREFIX + requester + "/" + id + ".json";
    }
}
