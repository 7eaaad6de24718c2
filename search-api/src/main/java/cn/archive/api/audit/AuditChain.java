package cn.archive.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over audit events. The canonical form is the event's JSON in a fixed property
 * order with sorted detail keys, so the same event always hashes the same, whoever recomputes it.
 */
public final class AuditChain {

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private AuditChain() {
    }

    /** The hash an event must carry: SHA-256 over its canonical JSON without the hash itself. */
    public static String hashOf(AuditEvent event) {
        try {
            byte[] canonical = JSON.writeValueAsBytes(event.withHash(null));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash audit event " + event.seq(), e);
        }
    }

    /** The event sealed into the chain after {@code prevHash}. */
    static AuditEvent seal(AuditEvent unsealed, String prevHash) {
        AuditEvent linked = new AuditEvent(unsealed.seq(), unsealed.time(), unsealed.user(), unsealed.role(),
                unsealed.action(), unsealed.target(), unsealed.outcome(), unsealed.clientAddress(), unsealed.purpose(),
                unsealed.details(), prevHash, null);
        return linked.withHash(hashOf(linked));
    }

    static byte[] toJson(AuditEvent event) {
        try {
            return JSON.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit event " + event.seq(), e);
        }
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
