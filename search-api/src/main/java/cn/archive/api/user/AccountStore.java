package cn.archive.api.user;

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
 * Users in the object store, one JSON object per user under {@code users/<name>.json}, so they
 * survive restarts and live with the archive they protect. Read on every authentication, so a
 * change by an ADMIN takes effect on the user's next request.
 */
@Component
public class AccountStore {

    private static final String PREFIX = "users/";

    private final ObjectStore store;

    AccountStore(DocumentStore documents) {
        this.store = documents.objects();
    }

    public Optional<Account> find(String username) throws IOException {
        if (!Usernames.valid(username)) {
            return Optional.empty();
        }
        Optional<InputStream> stored = store.find(key(username));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = stored.get()) {
            return Optional.of(RecordJson.mapper().readValue(in, Account.class));
        }
    }

    public void save(Account account) throws IOException {
        store.put(key(account.username()), RecordJson.mapper().writeValueAsBytes(account), "application/json");
    }

    public List<Account> all() throws IOException {
        List<Account> accounts = new ArrayList<>();
        for (String key : store.list(PREFIX)) {
            if (key.endsWith(".json")) {
                find(key.substring(PREFIX.length(), key.length() - ".json".length())).ifPresent(accounts::add);
            }
        }
        return accounts;
    }

    private static String key(String username) {
        if (!Usernames.valid(username)) {
            throw new IllegalArgumentException("not a user name: '" + username + "'");
        }
        return PREFIX + username + ".json";
    }
}
