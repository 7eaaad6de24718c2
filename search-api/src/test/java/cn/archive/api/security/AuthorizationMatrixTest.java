package cn.archive.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every role against every endpoint: what a role may do is answered (whatever the answer), what it
 * may not is 403, and nobody gets anything without logging in (401). The allowed calls are made
 * with inputs that stop short of side effects (a junk upload, an empty user), so the matrix can run
 * in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends SecurityStack {

    private static final List<String> ROLES = List.of("admin", "archivist", "viewer", "auditor");

    private Doc doc;

    /** One endpoint: how to call it and which users may. */
    private record Endpoint(String method, String path, String body, List<String> allowed) {
    }

    @BeforeAll
    void aDocument() throws Exception {
        doc = document("华东", "浙江省", "杭州市", "西湖区");
    }

    private List<Endpoint> endpoints() {
        String unknownRequest = UUID.randomUUID().toString();
        return List.of(
                new Endpoint("GET", "/api/search?q=" + enc("测试"), null, List.of("admin", "archivist", "viewer")),
                new Endpoint("GET", "/api/documents/" + doc.id(), null, List.of("admin", "archivist", "viewer")),
                new Endpoint("GET", "/api/audit", null, List.of("admin", "auditor")),
                new Endpoint("GET", "/api/users", null, List.of("admin")),
                new Endpoint("GET", "/api/users/viewer", null, List.of("admin")),
                new Endpoint("POST", "/api/users", "{}", List.of("admin")),
                new Endpoint("PUT", "/api/users/no-such-user", "{}", List.of("admin")),
                new Endpoint("GET", "/api/me", null, ROLES),
                new Endpoint("POST", "/api/access-requests", "{}", List.of("viewer")),
                new Endpoint("GET", "/api/access-requests", null, List.of("admin", "archivist", "viewer")),
                new Endpoint("POST", "/api/access-requests/" + unknownRequest + "/decision", "{\"approve\":true}",
                        List.of("admin", "archivist")),
                new Endpoint("GET", "/api/review", null, List.of("admin", "archivist")),
                // A stale base revision: allowed roles get past security to the 409, nothing is saved.
                new Endpoint("PUT", "/api/documents/" + doc.id() + "/fields", "{\"baseRevision\":99}",
                        List.of("admin", "archivist")),
                new Endpoint("GET", "/api/documents/" + doc.id() + "/revisions", null, List.of("admin", "archivist", "auditor")),
                new Endpoint("GET", "/api/documents/" + doc.id() + "/revisions/1", null,
                        List.of("admin", "archivist", "auditor")),
                new Endpoint("GET", "/v3/api-docs", null, ROLES));
    }

    @Test
    void eachRoleReachesExactlyTheEndpointsItsRoleAllows() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            int anonymous = send(null, e.method(), e.path(), e.body()).status();
            if (anonymous != 401) {
                wrong.add("anonymous " + e.method() + " " + e.path() + " → " + anonymous);
            }
            for (String user : ROLES) {
                int status = send(user, e.method(), e.path(), e.body()).status();
                boolean allowed = status != 401 && status != 403;
                if (allowed != e.allowed().contains(user) || status >= 500) {
                    wrong.add(user + " " + e.method() + " " + e.path() + " → " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyAdminAndArchivistUpload() throws Exception {
        for (String user : ROLES) {
            HttpRequest upload = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents"))
                    .header("Authorization", basic(user, PASSWORDS.get(user)))
                    .header("Content-Type", "multipart/form-data; boundary=b")
                    .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"; "
                            + "filename=\"x.pdf\"\r\nContent-Type: application/pdf\r\n\r\n<html>not a scan</html>\r\n--b--\r\n"))
                    .build();
            int status = call(upload).status();
            // Allowed roles get past security to the type check (415); the others are refused.
            assertThat(status).as(user).isEqualTo(user.equals("admin") || user.equals("archivist") ? 415 : 403);
        }
    }

    @Test
    void originalsGoToAdminAndArchivistAndToAViewerOnlyWithAnApprovedRequest() throws Exception {
        String path = "/api/documents/" + doc.id() + "/original";
        Map<String, Integer> expected = Map.of("admin", 200, "archivist", 200, "viewer", 403, "auditor", 403);
        expected.forEach((user, status) -> {
            try {
                assertThat(get(user, path).status()).as(user).isEqualTo(status);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(get(null, path).status()).isEqualTo(401);

        String viewer = uniqueName("viewer");
        createUser(viewer, "VIEWER", java.util.Set.of());
        accessRequest(viewer, doc.id(), "archivist", false);
        assertThat(get(viewer, path).status()).as("after a rejection").isEqualTo(403);

        accessRequest(viewer, doc.id(), "archivist", true);
        Response granted = get(viewer, path);
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.raw().body()).isEqualTo(doc.original());
    }

    @Test
    void aViewerCannotDecideRequestsAndAnAuditorCannotFileThem() throws Exception {
        String viewer = uniqueName("viewer");
        createUser(viewer, "VIEWER", java.util.Set.of());
        Response asked = send(viewer, "POST", "/api/access-requests", JSON.writeValueAsString(Map.of(
                "documentId", doc.id(), "purpose", "复核客户地址变更", "days", 1)));
        String id = asked.json().get("id").asText();

        assertThat(send(viewer, "POST", "/api/access-requests/" + id + "/decision", "{\"approve\":true}").status())
                .isEqualTo(403);
        assertThat(send("auditor", "POST", "/api/access-requests", "{}").status()).isEqualTo(403);
        assertThat(get(viewer, "/api/access-requests").json().findValuesAsText("id")).contains(id);
        assertThat(get("viewer", "/api/access-requests").json().findValuesAsText("id")).doesNotContain(id);
    }
}
