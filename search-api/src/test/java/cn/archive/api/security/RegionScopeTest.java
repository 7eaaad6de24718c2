package cn.archive.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * IDOR: users scoped to 华东 probe a 华南 document by its id, its original, its name, its region filter
 * and the counts. For them it does not exist: 404 exactly as for an id that was never stored, absent
 * from hits, totals and facet counts; and each probe of an existing document is audited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionScopeTest extends SecurityStack {

    private Doc east;
    private Doc south;
    private String eastViewer;
    private String eastArchivist;

    @BeforeAll
    void documentsInTwoRegionsAndUsersScopedToOne() throws Exception {
        east = document("华东", "浙江省", "杭州市", "西湖区");
        south = document("华南", "广东省", "广州市", "天河区");
        eastViewer = uniqueName("east-viewer");
        eastArchivist = uniqueName("east-archivist");
        createUser(eastViewer, "VIEWER", Set.of("华东"));
        createUser(eastArchivist, "ARCHIVIST", Set.of("华东"));
    }

    @Test
    void anotherRegionsDocumentIsNotFoundLikeOneThatNeverExisted() throws Exception {
        String never = "f".repeat(64);
        for (String user : new String[] {eastViewer, eastArchivist}) {
            Response probed = get(user, "/api/documents/" + south.id());
            Response missing = get(user, "/api/documents/" + never);
            assertThat(probed.status()).as(user).isEqualTo(404);
            assertThat(probed.json().get("title")).isEqualTo(missing.json().get("title"));
            assertThat(probed.body()).doesNotContain(south.name());
            assertThat(get(user, "/api/documents/" + east.id()).status()).as(user).isEqualTo(200);
        }
        assertThat(get(eastArchivist, "/api/documents/" + south.id() + "/original").status()).isEqualTo(404);
        assertThat(get(eastArchivist, "/api/documents/" + east.id() + "/original").status()).isEqualTo(200);
        assertThat(get("archivist", "/api/documents/" + south.id()).status()).as("unscoped").isEqualTo(200);
    }

    @Test
    void anotherRegionsDocumentIsAbsentFromHitsTotalsAndFacets() throws Exception {
        for (String user : new String[] {eastViewer, eastArchivist}) {
            JsonNode all = get(user, "/api/search?size=100").json();
            assertThat(all.get("hits").findValuesAsText("id")).contains(east.id()).doesNotContain(south.id());
            assertThat(all.at("/facets/region").findValuesAsText("value")).containsOnly("华东");
            assertThat(all.at("/facets/province").findValuesAsText("value")).doesNotContain("广东省");
            assertThat(all.get("total").asLong()).isEqualTo(all.at("/facets/region/0/count").asLong());

            JsonNode byName = get(user, "/api/search?q=" + enc(south.name())).json();
            assertThat(byName.get("total").asLong()).isZero();
            JsonNode byFilter = get(user, "/api/search?region=" + enc("华南")).json();
            assertThat(byFilter.get("total").asLong()).isZero();
            assertThat(byFilter.toString()).doesNotContain("华南测试");
            assertThat(get(user, "/api/search?q=" + enc(south.name().substring(0, 2))).body())
                    .doesNotContain(south.id());
        }
        assertThat(get("archivist", "/api/search?q=" + enc(south.name())).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void anotherRegionsNamesAreNotSuggestedAndItsPagesHaveNoPreview() throws Exception {
        String start = south.name().substring(0, 4);
        for (String user : new String[] {eastViewer, eastArchivist}) {
            Response suggested = get(user, "/api/suggest?q=" + enc(start));
            assertThat(suggested.status()).as(user).isEqualTo(200);
            assertThat(suggested.body()).doesNotContain(south.name());
            Response preview = get(user, "/api/documents/" + south.id() + "/pages/1/preview");
            assertThat(preview.status()).as(user).isEqualTo(404);
            assertThat(preview.body()).doesNotContain(south.name());
        }
        assertThat(get("archivist", "/api/suggest?q=" + enc(start)).body()).contains(south.name());
    }

    @Test
    void aScopedArchivistCanNeitherEditNorReadTheRevisionsOfAnotherRegionsDocument() throws Exception {
        String body = "{\"baseRevision\":1,\"customer\":{\"name\":\"越权修改有限公司\"}}";

        Response edited = send(eastArchivist, "PUT", "/api/documents/" + south.id() + "/fields", body);
        Response never = send(eastArchivist, "PUT", "/api/documents/" + "f".repeat(64) + "/fields", body);

        assertThat(edited.status()).isEqualTo(404);
        assertThat(edited.json().get("title")).isEqualTo(never.json().get("title"));
        assertThat(get(eastArchivist, "/api/documents/" + south.id() + "/revisions").status()).isEqualTo(404);
        assertThat(get(eastArchivist, "/api/documents/" + south.id() + "/revisions/1").status()).isEqualTo(404);
        assertThat(get(eastArchivist, "/api/documents/" + east.id() + "/revisions").status()).isEqualTo(200);
        assertThat(get("archivist", "/api/documents/" + south.id()).json().at("/customer/name").asText())
                .isEqualTo(south.name());
    }

    @Test
    void aViewerCannotAskForAnotherRegionsOriginal() throws Exception {
        Response asked = send(eastViewer, "POST", "/api/access-requests", JSON.writeValueAsString(Map.of(
                "documentId", south.id(), "purpose", "核对客户资料", "days", 1)));

        assertThat(asked.status()).isEqualTo(404);
    }

    @Test
    void aScopeChangeByAnAdminTakesEffectOnTheNextRequest() throws Exception {
        String user = uniqueName("mover");
        createUser(user, "VIEWER", Set.of("华东"));
        assertThat(get(user, "/api/documents/" + south.id()).status()).isEqualTo(404);

        Response changed = send("admin", "PUT", "/api/users/" + user, "{\"regions\":[\"华南\"]}");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(get(user, "/api/documents/" + south.id()).status()).isEqualTo(200);
        assertThat(get(user, "/api/documents/" + east.id()).status()).isEqualTo(404);
    }

    @Test
    void probesOfExistingDocumentsAreAuditedAsDenied() throws Exception {
        String user = uniqueName("prober");
        createUser(user, "VIEWER", Set.of("华东"));
        get(user, "/api/documents/" + south.id());

        JsonNode events = audit("user=" + user + "&action=ACCESS_DENIED");

        assertThat(events.get("total").asLong()).isEqualTo(1);
        assertThat(events.at("/events/0/target").asText()).isEqualTo(south.id());
        assertThat(events.at("/events/0/outcome").asText()).isEqualTo("DENIED");
    }

    @Test
    void aScopedArchivistNeitherSeesNorDecidesRequestsForAnotherRegion() throws Exception {
        String viewer = uniqueName("far-viewer");
        createUser(viewer, "VIEWER", Set.of());
        Response asked = send(viewer, "POST", "/api/access-requests", JSON.writeValueAsString(Map.of(
                "documentId", south.id(), "purpose", "核对客户资料", "days", 1)));
        String id = asked.json().get("id").asText();

        assertThat(get(eastArchivist, "/api/access-requests").json().findValuesAsText("id")).doesNotContain(id);
        assertThat(send(eastArchivist, "POST", "/api/access-requests/" + id + "/decision", "{\"approve\":true}").status())
                .isEqualTo(404);
        assertThat(get("archivist", "/api/access-requests").json().findValuesAsText("id")).contains(id);
    }
}
