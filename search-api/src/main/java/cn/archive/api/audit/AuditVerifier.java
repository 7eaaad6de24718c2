package cn.archive.api.audit;

import cn.archive.ingest.store.ObjectStore;
import java.io.IOException;
import java.util.List;

/**
 * Checks the audit chain end to end: numbers without gaps from 1, each key holding the event it
 * names, each event linked to the hash of the one before and carrying its own correct hash.
 */
public final class AuditVerifier {

    /**
     * What verification found.
     *
     * @param events  events read
     * @param brokenAt the first event that does not fit the chain, 0 when the chain is intact
     * @param problem what is wrong there, null when intact
     */
    public record Result(long events, long brokenAt, String problem) {

        public boolean intact() {
            return brokenAt == 0;
        }
    }

    private AuditVerifier() {
    }

    public static Result verify(ObjectStore store) throws IOException {
        AuditTrail trail = new AuditTrail(store);
        List<String> keys = trail.keys();
        String prevHash = AuditEvent.GENESIS;
        long expected = 1;
        for (String key : keys) {
            AuditEvent event;
            try {
                event = trail.read(key);
            } catch (IOException e) {
                if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                    return new Result(expected - 1, expected, key + " is not an audit event: " + e.getMessage());
                }
                throw e;
            }
            if (!key.equals(AuditTrail.key(expected))) {
                return new Result(expected - 1, expected, "event " + expected + " is missing (next key is " + key + ")");
            }
            if (event.seq() != expected) {
                return new Result(expected - 1, expected, key + " holds event " + event.seq());
            }
            if (!prevHash.equals(event.prevHash())) {
                return new Result(expected - 1, expected, "event " + expected
                        + " does not link to the hash of the event before it");
            }
            if (!AuditChain.hashOf(event).equals(event.hash())) {
                return new Result(expected - 1, expected, "event " + expected + " was changed after it was written");
            }
            prevHash = event.hash();
            expected++;
        }
        return new Result(expected - 1, 0, null);
    }
}
