package cn.archive.api.audit;

import cn.archive.ingest.store.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail in the object store, the source of truth: one JSON object per event under
 * {@code audit/events/<seq, 20 digits>.json}, written once and never rewritten. Appends are
 * serialised here, so one application instance writes the trail (a second writer is detected, not
 * prevented: it finds the next key taken and re-reads the tail).
 */
public final class AuditTrail {

    static final String PREFIX = "audit/events/";
    private static final int ATTEMPTS = 3;

    private final ObjectStore store;
    private long lastSeq = -1;
    private String lastHash;

    public AuditTrail(ObjectStore store) {
        this.store = store;
    }

    /**
     * Seals the event into the chain and stores it; returns only once the store acknowledged it.
     * The {@code seq}, {@code prevHash} and {@code hash} of the argument are ignored.
     */
    public synchronized AuditEvent append(AuditEvent event) throws IOException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (lastSeq < 0) {
                readTail();
            }
            long seq = lastSeq + 1;
            if (store.stat(key(seq)).isPresent()) {
                lastSeq = -1; // someone else appended: start again from the real tail
                continue;
            }
            AuditEvent sealed = AuditChain.seal(new AuditEvent(seq, event.time(), event.user(), event.role(),
                    event.action(), event.target(), event.outcome(), event.clientAddress(), event.purpose(),
                    event.details(), null, null), lastHash);
            store.put(key(seq), AuditChain.toJson(sealed), "application/json");
            lastSeq = seq;
            lastHash = sealed.hash();
            return sealed;
        }
        throw new IOException("the audit trail kept moving under this writer after " + ATTEMPTS
                + " attempts: is a second application instance writing it?");
    }

    /** The newest event's number, 0 for an empty trail. */
    public synchronized long lastSeq() throws IOException {
        if (lastSeq < 0) {
            readTail();
        }
        return lastSeq;
    }

    public Optional<AuditEvent> read(long seq) throws IOException {
        if (store.stat(key(seq)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(read(key(seq)));
    }

    /** Every event key, oldest first. */
    List<String> keys() throws IOException {
        return store.list(PREFIX).stream().filter(k -> k.endsWith(".json")).sorted().toList();
    }

    AuditEvent read(String key) throws IOException {
        try (InputStream in = store.get(key)) {
            return AuditChain.JSON.readValue(in, AuditEvent.class);
        }
    }

    static String key(long seq) {
        return PREFIX + String.format("%020d", seq) + ".json";
    }

    private void readTail() throws IOException {
        List<String> keys = keys();
        if (keys.isEmpty()) {
            lastSeq = 0;
            lastHash = AuditEvent.GENESIS;
            return;
        }
        AuditEvent tail = read(keys.get(keys.size() - 1));
        lastSeq = tail.seq();
        lastHash = tail.hash();
    }
}
