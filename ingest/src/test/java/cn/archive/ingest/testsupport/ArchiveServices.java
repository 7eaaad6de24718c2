package cn.archive.ingest.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The real Elasticsearch and S3 server integration tests run against, found once per JVM in this
 * order (architecture.md, principle 6): services named in the environment ({@code ARCHIVE_ES_URL},
 * {@code ARCHIVE_S3_*}, which {@code ./archive test} sets after starting the local stack once per
 * build); else Testcontainers where a Docker engine runs; else the local processes of
 * {@code deploy/local/stack.sh}, started here. Never a mock.
 */
public final class ArchiveServices {

    /** Where the services are. Tests take their own bucket and index alias so they never collide. */
    public record Endpoints(String esUrl, String s3Endpoint, String accessKey, String secretKey, String source) {

        /** A bucket name no other test uses. */
        public String newBucket() {
            return "test-" + UUID.randomUUID().toString().substring(0, 12);
        }

        /** An index alias no other test uses. */
        public String newAlias() {
            return "test-" + UUID.randomUUID().toString().substring(0, 12);
        }
    }

    private static Endpoints endpoints;

    private ArchiveServices() {
    }

    public static synchronized Endpoints get() {
        if (endpoints == null) {
            endpoints = resolve();
            System.err.println("[ArchiveServices] Elasticsearch " + endpoints.esUrl() + ", S3 " + endpoints.s3Endpoint()
                    + " (" + endpoints.source() + ")");
        }
        return endpoints;
    }

    private static Endpoints resolve() {
        Map<String, String> env = System.getenv();
        if (env.get("ARCHIVE_ES_URL") != null && env.get("ARCHIVE_S3_ENDPOINT") != null) {
            return new Endpoints(env.get("ARCHIVE_ES_URL"), env.get("ARCHIVE_S3_ENDPOINT"),
                    env.get("ARCHIVE_S3_ACCESS_KEY"), env.get("ARCHIVE_S3_SECRET_KEY"), "environment");
        }
        if (dockerAvailable()) {
            return containers();
        }
        return localStack();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    private static Endpoints containers() {
        ElasticsearchContainer es = new ElasticsearchContainer(
                DockerImageName.parse("docker.elastic.co/elasticsearch/elasticsearch:8.19.21"))
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        MinIOContainer minio = new MinIOContainer("minio/minio:RELEASE.2025-04-22T22-12-26Z");
        es.start();
        minio.start();
        return new Endpoints("http://" + es.getHttpHostAddress(), minio.getS3URL(), minio.getUserName(),
                minio.getPassword(), "Testcontainers");
    }

    /** Starts (or reuses) the local stack of deploy/local on test ports, under .archive/test. */
    private static Endpoints localStack() {
        Path root = repositoryRoot();
        Map<String, String> env = new HashMap<>();
        env.put("ARCHIVE_DATA_DIR", root.resolve(".archive/test").toString());
        env.put("ARCHIVE_ES_PORT", "9210");
        env.put("ARCHIVE_S3_PORT", "9010");
        run(root, env, "start");
        Map<String, String> vars = new HashMap<>();
        for (String line : run(root, env, "env").split("\n")) {
            String l = line.strip().replaceFirst("^export ", "");
            int eq = l.indexOf('=');
            if (eq > 0) {
                vars.put(l.substring(0, eq), l.substring(eq + 1).replaceAll("^['\"]|['\"]$", ""));
            }
        }
        return new Endpoints(vars.get("ARCHIVE_ES_URL"), vars.get("ARCHIVE_S3_ENDPOINT"),
                vars.get("ARCHIVE_S3_ACCESS_KEY"), vars.get("ARCHIVE_S3_SECRET_KEY"), "local stack (deploy/local)");
    }

    private static String run(Path root, Map<String, String> env, String command) {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("deploy/local/stack.sh").toString(), command)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            StringBuilder out = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(l -> out.append(l).append('\n'));
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException("deploy/local/stack.sh " + command + " failed (exit " + p.exitValue()
                        + "); see its messages above");
            }
            return out.toString();
        } catch (IOException e) {
            throw new IllegalStateException("could not run deploy/local/stack.sh " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the local stack", e);
        }
    }

    /** The checkout's root: the first folder upwards from the working directory holding the launcher. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("archive"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (a folder with ./archive) above "
                    + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
