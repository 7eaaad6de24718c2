package cn.archive.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each audited action, done once by a user of its own, leaves exactly one event of its kind, with
 * the time, user, role, target, outcome, client address and, where one was given, the purpose.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditCompletenessTest extends SecurityStack {

    private Doc doc;

    @BeforeAll
    void aDocument() throws Exception {
        doc = document("华东", "江苏省", "苏州市", "姑苏区");
    }

    private JsonNode onlyEvent(String user, String action) throws Exception {
        JsonNode events = audit("user=" + enc(user) + "&action=" + action);
        assertThat(events.get("total").asLong()).as(user + " " + action + ": " + events).isEqualTo(1);
        JsonNode e = events.at("/events/0");
        assertThat(e.get("time").asText()).isNotBlank();
        assertThat(e.get("clientAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(e.get("hash").asText()).hasSize(64);
        return e;
    }

    @Test
    void aSearchIsAuditedWithItsQueryAndFilters() throws Exception {
        String user = uniqueName("searcher");
        createUser(user, "VIEWER", Set.of());
        get(user, "/api/search?q=" + enc("西湖精密") + "&region=" + enc("华东") + "&tier=VIP");

        JsonNode e = onlyEvent(user, "SEARCH");

        assertThat(e.get("role").asText()).isEqualTo("VIEWER");
        assertThat(e.at("/details/q").asText()).isEqualTo("西湖精密");
        assertThat(e.at("/details/region").asText()).isEqualTo("华东");
        assertThat(e.at("/details/tier").asText()).isEqualTo("VIP");
    }

    @Test
    void aMaskedViewAndAnUnmaskedViewAreEachOneEvent() throws Exception {
        String viewer = uniqueName("reader");
        String archivist = uniqueName("clerk");
        createUser(viewer, "VIEWER", Set.of());
        createUser(archivist, "ARCHIVIST", Set.of());
        get(viewer, "/api/documents/" + doc.id());
        get(archivist, "/api/documents/" + doc.id());

        assertThat(onlyEvent(viewer, "RECORD_VIEW").get("target").asText()).isEqualTo(doc.id());
        assertThat(onlyEvent(archivist, "UNMASKED_VIEW").get("target").asText()).isEqualTo(doc.id());
        assertThat(audit("user=" + archivist + "&action=RECORD_VIEW").get("total").asLong()).isZero();
    }

    @Test
    void anAccessRequestItsDecisionAndTheDownloadCarryThePurpose() throws Exception {
        String viewer = uniqueName("requester");
        String archivist = uniqueName("approver");
        createUser(viewer, "VIEWER", Set.of());
        createUser(archivist, "ARCHIVIST", Set.of());
        accessRequest(viewer, doc.id(), archivist, true);
        assertThat(get(viewer, "/api/documents/" + doc.id() + "/original").status()).isEqualTo(200);

        assertThat(onlyEvent(viewer, "ACCESS_REQUEST").get("purpose").asText()).contains("客户投诉处理");
        JsonNode decision = onlyEvent(archivist, "ACCESS_DECISION");
        assertThat(decision.at("/details/decision").asText()).isEqualTo("APPROVED");
        assertThat(decision.get("role").asText()).isEqualTo("ARCHIVIST");
        JsonNode download = onlyEvent(viewer, "ORIGINAL_DOWNLOAD");
        assertThat(download.get("purpose").asText()).contains("客户投诉处理");
        assertThat(download.get("target").asText()).isEqualTo(doc.id());
        assertThat(audit("documentId=" + doc.id() + "&user=" + viewer).get("total").asLong()).isEqualTo(2);
    }

    @Test
    void aFailedLoginAndADeniedRequestAreEachOneEvent() throws Exception {
        String user = uniqueName("intruder");
        createUser(user, "VIEWER", Set.of());
        Response wrong = call(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/api/search"))
                .header("Authorization", basic(user, "not-the-password")).build());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(get(user, "/api/audit").status()).isEqualTo(403);

        assertThat(onlyEvent(user, "LOGIN").get("outcome").asText()).isEqualTo("FAILED");
        JsonNode denied = onlyEvent(user, "ACCESS_DENIED");
        assertThat(denied.get("target").asText()).isEqualTo("GET /api/audit");
        assertThat(denied.get("outcome").asText()).isEqualTo("DENIED");
    }

    @Test
    void aReviewIsOneEditEventNamingTheChangedFieldsButNotTheirValues() throws Exception {
        String clerk = uniqueName("reviewer");
        createUser(clerk, "ARCHIVIST", Set.of());
        Doc reviewed = document("华东", "江苏省", "南京市", "玄武区");
        // Personal values the clerk keeps are sent back, as the review page does (the OCR text is masked by them).
        String body = JSON.writeValueAsString(Map.of("baseRevision", 1, "archiveNo", "KH-2023-000001",
                "customer", Map.of("name", "复核更名有限公司", "mobile", "13912345678", "phone", LANDLINE, "email", EMAIL,
                        "address", "江苏省南京市玄武区" + STREET)));

        assertThat(send(clerk, "PUT", "/api/documents/" + reviewed.id() + "/fields", body).status()).isEqualTo(200);

        JsonNode e = onlyEvent(clerk, "EDIT");
        assertThat(e.get("target").asText()).isEqualTo(reviewed.id());
        assertThat(e.get("role").asText()).isEqualTo("ARCHIVIST");
        assertThat(e.at("/details/changed").asText()).contains("archiveNo").contains("customer.name")
                .contains("customer.mobile").doesNotContain("customer.email");
        assertThat(e.toString()).doesNotContain("复核更名").doesNotContain("13912345678").doesNotContain(MOBILE);
    }

    @Test
    void aUserChangeIsOneEventNamingWhatChangedButNeverThePassword() throws Exception {
        String user = uniqueName("changed");
        createUser(user, "VIEWER", Set.of());
        assertThat(audit("action=USER_CHANGE").toString()).contains(user);

        send("admin", "PUT", "/api/users/" + user, JSON.writeValueAsString(Map.of("role", "ARCHIVIST",
                "password", "a-new-password-" + user)));

        JsonNode changes = audit("action=USER_CHANGE&user=admin");
        JsonNode forUser = null;
        int count = 0;
        for (JsonNode e : changes.get("events")) {
            if (e.get("target").asText().equals(user)) {
                count++;
                forUser = forUser == null ? e : forUser;
            }
        }
        assertThat(count).as("created and changed").isEqualTo(2);
        assertThat(forUser.at("/details/role").asText()).isEqualTo("ARCHIVIST");
        assertThat(changes.toString()).doesNotContain("a-new-password-");
    }

    @Test
    void theAuditLogFiltersByTimeAndPagesNewestFirst() throws Exception {
        JsonNode page = get("admin", "/api/audit?size=2&page=0").json();
        JsonNode events = page.get("events");
        assertThat(events.size()).isEqualTo(2);
        assertThat(events.get(0).get("seq").asLong()).isGreaterThan(events.get(1).get("seq").asLong());
        assertThat(audit("to=2000-01-01").get("total").asLong()).isZero();
        assertThat(get("auditor", "/api/audit?from=yesterday").status()).isEqualTo(400);
        assertThat(get("auditor", "/api/audit?action=NOPE").status()).isEqualTo(400);
    }
}
