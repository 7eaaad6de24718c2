package cn.archive.api.audit;

import cn.archive.ingest.store.S3ObjectStore;
import java.util.Map;

/**
 * {@code ./archive audit verify}: checks the audit chain in the object store named by
 * {@code ARCHIVE_S3_*}; exits 0 when intact, 1 when broken (printing where and why), 2 when the
 * store cannot be read. Runs without Spring, next to a running app or without one.
 */
public final class VerifyAuditChain {

    private VerifyAuditChain() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        String endpoint = env.get("ARCHIVE_S3_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            System.err.println("audit verify: set ARCHIVE_S3_ENDPOINT and its siblings (./archive does)");
            System.exit(2);
        }
        String bucket = env.getOrDefault("ARCHIVE_S3_BUCKET", "archive");
        try {
            S3ObjectStore store = new S3ObjectStore(endpoint, env.get("ARCHIVE_S3_ACCESS_KEY"),
                    env.get("ARCHIVE_S3_SECRET_KEY"), bucket);
            AuditVerifier.Result result = AuditVerifier.verify(store);
            if (result.intact()) {
                System.out.println("audit chain intact: " + result.events() + " events in bucket " + bucket);
                System.exit(0);
            }
            System.out.println("audit chain BROKEN at event " + result.brokenAt() + ": " + result.problem()
                    + " (" + result.events() + " events before it are intact)");
            System.exit(1);
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("audit verify: cannot read the trail: " + e.getMessage());
            System.exit(2);
        }
    }
}
