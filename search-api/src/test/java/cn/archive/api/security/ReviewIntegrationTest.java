package cn.archive.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.pipeline.IngestOutcome;
import cn.archive.ingest.pipeline.IngestPipeline;
import cn.archive.ingest.pipeline.Reindexer;
import cn.archive.ingest.pipeline.Verifier;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.testsupport.ScanFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review queue (双重验证, issue 6) over the real Elasticsearch and S3: a document read with a
 * doubtful name is queued; a clerk's correction is a new revision (the first kept), searchable at
 * once and gone from the queue; stale and bad saves are refused; scopes hold; and neither a
 * re-ingest of the same scan nor a reindex from the store undoes the edit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewIntegrationTest extends SecurityStack {

    @Autowired
    IngestPipeline pipeline;

    private String eastArchivist;

    @BeforeAll
    void aScopedArchivist() throws Exception {
        eastArchivist = uniqueName("east-clerk");
        createUser(eastArchivist, "ARCHIVIST", Set.of("华东"));
    }

    private Doc needsReview(String area, String province, String city) throws Exception {
        return document(area, province, city, "某区", DocumentStatus.NEEDS_REVIEW, null);
    }

    private List<String> queued(String user) throws Exception {
        Response r = get(user, "/api/review?size=100");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("items").findValuesAsText("id");
    }

    /** The record as GET returns it, turned into the PUT body the UI sends: every current value. */
    private ObjectNode edit(String user, String id) throws Exception {
        JsonNode record = get(user, "/api/documents/" + id).json();
        ObjectNode body = JSON.createObjectNode();
        body.put("baseRevision", record.get("revision").asInt());
        body.set("archiveNo", record.get("archiveNo"));
        body.set("documentType", record.get("documentType"));
        body.set("registeredOn", record.get("registeredOn"));
        ObjectNode customer = record.get("customer").deepCopy();
        ((ObjectNode) customer.get("region")).remove("area");
        ((ObjectNode) customer.get("industry")).remove("name");
        body.set("customer", customer);
        return body;
    }

    private Response put(String user, String id, JsonNode body) throws Exception {
        return send(user, "PUT", "/api/documents/" + id + "/fields", JSON.writeValueAsString(body));
    }

    @Test
    void aDocumentNeedingReviewIsQueuedOldestFirstWithTheFieldToCheck() throws Exception {
        Doc first = needsReview("华东", "浙江省", "杭州市");
        Doc second = needsReview("华东", "江苏省", "苏州市");
        Doc done = document("华东", "浙江省", "宁波市", "海曙区");

        JsonNode page = get("archivist", "/api/review?size=100").json();

        List<String> ids = page.get("items").findValuesAsText("id");
        assertThat(ids).contains(first.id(), second.id()).doesNotContain(done.id());
        assertThat(ids.indexOf(first.id())).isLessThan(ids.indexOf(second.id()));
        JsonNode item = page.get("items").get(ids.indexOf(first.id()));
        assertThat(item.get("customerName").asText()).isEqualTo(first.name());
        assertThat(item.get("lowConfidence").toString()).isEqualTo("[\"customer.name\"]");
        assertThat(page.get("total").asLong()).isEqualTo(ids.size());
        assertThat(get("archivist", "/api/review?size=101").status()).isEqualTo(400);
    }

    @Test
    void aCorrectionIsANewRevisionTheFirstIsKeptAndSearchFindsTheCorrectedValue() throws Exception {
        Doc doc = needsReview("华东", "浙江省", "杭州市");
        String corrected = "杭州更正" + UUID.randomUUID().toString().substring(0, 6) + "机械有限公司";
        ObjectNode body = edit("archivist", doc.id());
        assertThat(body.get("baseRevision").asInt()).isEqualTo(1);
        ((ObjectNode) body.get("customer")).put("name", corrected).put("mobile", "139-0000-1111");

        Response saved = put("archivist", doc.id(), body);

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode record = saved.json();
        assertThat(record.get("revision").asInt()).isEqualTo(2);
        assertThat(record.get("reviewedBy").asText()).isEqualTo("archivist");
        assertThat(record.get("reviewedAt").asText()).isNotBlank();
        assertThat(record.get("status").asText()).isEqualTo("INDEXED");
        assertThat(record.at("/customer/mobile").asText()).isEqualTo("13900001111");
        assertThat(record.at("/confidence/customer.name").asDouble()).isEqualTo(1.0);
        assertThat(get("archivist", "/api/documents/" + doc.id()).json().get("revision").asInt()).isEqualTo(2);

        JsonNode found = get("archivist", "/api/search?q=" + enc(corrected)).json();
        assertThat(found.get("hits").findValuesAsText("id")).containsExactly(doc.id());
        // The page itself still reads the old name, so the text finds it, now under the corrected name.
        JsonNode byOldName = get("archivist", "/api/search?q=" + enc(doc.name())).json().get("hits");
        assertThat(byOldName.findValuesAsText("id")).containsExactly(doc.id());
        assertThat(byOldName.at("/0/customer/name").asText()).isEqualTo(corrected);
        assertThat(queued("archivist")).doesNotContain(doc.id());

        JsonNode revisions = get("archivist", "/api/documents/" + doc.id() + "/revisions").json();
        assertThat(revisions.findValuesAsText("revision")).containsExactly("2", "1");
        assertThat(revisions.get(0).get("savedBy").asText()).isEqualTo("archivist");
        assertThat(revisions.get(0).get("changed").toString()).isEqualTo("[\"customer.name\",\"customer.mobile\"]");
        assertThat(revisions.get(1).get("savedBy").asText()).isEqualTo("ingest");
        JsonNode first = get("archivist", "/api/documents/" + doc.id() + "/revisions/1").json();
        assertThat(first.at("/customer/name").asText()).isEqualTo(doc.name());
        assertThat(first.get("revision").asInt()).isEqualTo(1);
        assertThat(store.readRevision(doc.id(), 1)).hasValueSatisfying(r ->
                assertThat(r.record().customer().name()).isEqualTo(doc.name()));
        assertThat(store.readManifest(doc.id()).orElseThrow().customer().name()).isEqualTo(corrected);

        JsonNode edits = audit("user=archivist&action=EDIT&documentId=" + doc.id());
        assertThat(edits.get("total").asLong()).isEqualTo(1);
        assertThat(edits.at("/events/0/details/changed").asText()).isEqualTo("customer.name,customer.mobile");
        assertThat(edits.toString()).doesNotContain(corrected).doesNotContain("13900001111");
    }

    @Test
    void anAuditorReadsTheRevisionsMaskedAndAViewerNotAtAll() throws Exception {
        Doc doc = needsReview("华东", "浙江省", "杭州市");
        assertThat(put("archivist", doc.id(), edit("archivist", doc.id())).status()).isEqualTo(200);

        Response first = get("auditor", "/api/documents/" + doc.id() + "/revisions/1");
        Response list = get("auditor", "/api/documents/" + doc.id() + "/revisions");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("138****2233").doesNotContain(MOBILE).doesNotContain(EMAIL).doesNotContain(STREET);
        assertThat(list.json().get(0).get("changed").toString()).as("a confirmation changes nothing").isEqualTo("[]");
        assertThat(get("viewer", "/api/documents/" + doc.id() + "/revisions").status()).isEqualTo(403);
        assertThat(get("viewer", "/api/documents/" + doc.id() + "/revisions/1").status()).isEqualTo(403);
        assertThat(get("auditor", "/api/documents/" + doc.id() + "/revisions/3").status()).isEqualTo(404);
    }

    @Test
    void aSaveOnAStaleRevisionIsAConflictAndChangesNothing() throws Exception {
        Doc doc = needsReview("华东", "浙江省", "杭州市");
        ObjectNode mine = edit("archivist", doc.id());
        ObjectNode theirs = edit("admin", doc.id());
        ((ObjectNode) theirs.get("customer")).put("name", "先保存的名称有限公司");
        assertThat(put("admin", doc.id(), theirs).status()).isEqualTo(200);
        ((ObjectNode) mine.get("customer")).put("name", "后保存的名称有限公司");

        Response stale = put("archivist", doc.id(), mine);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentRevision").asInt()).isEqualTo(2);
        assertThat(stale.json().get("detail").asText()).contains("Reload");
        ArchiveRecord now = store.readManifest(doc.id()).orElseThrow();
        assertThat(now.customer().name()).isEqualTo("先保存的名称有限公司");
        assertThat(now.revision()).isEqualTo(2);
    }

    @Test
    void badFieldsAreEachNamedAndNothingIsSaved() throws Exception {
        Doc doc = needsReview("华东", "浙江省", "杭州市");
        ObjectNode body = edit("archivist", doc.id());
        ((ObjectNode) body.get("customer")).put("mobile", "1380571223").put("email", "wang@").put("tier", "战略客户");
        body.put("registeredOn", "2023-02-30");

        Response bad = put("archivist", doc.id(), body);

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).contains("application/problem+json");
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("customer.mobile",
                "customer.email", "customer.tier", "registeredOn");
        assertThat(store.readManifest(doc.id()).orElseThrow().revision()).isEqualTo(1);
        body.remove("baseRevision");
        assertThat(put("archivist", doc.id(), body).json().get("errors").findValuesAsText("field")).contains("baseRevision");
    }

    @Test
    void theOpenApiDescriptionHasTheReviewEndpoints() throws Exception {
        JsonNode paths = get("archivist", "/v3/api-docs").json().get("paths");

        assertThat(paths.has("/api/review")).isTrue();
        assertThat(paths.at("/~1api~1documents~1{id}~1fields/put").isMissingNode()).isFalse();
        assertThat(paths.has("/api/documents/{id}/revisions")).isTrue();
        assertThat(paths.has("/api/documents/{id}/revisions/{revision}")).isTrue();
    }

    @Test
    void aFailedDocumentCannotBeReviewed() throws Exception {
        Doc doc = document("华东", "浙江省", "杭州市", "西湖区", DocumentStatus.FAILED, null);
        ObjectNode body = edit("archivist", doc.id());

        Response refused = put("archivist", doc.id(), body);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("FAILED");
    }

    @Test
    void aScopedArchivistNeitherSeesNorEditsAnotherRegionsDocument() throws Exception {
        Doc east = needsReview("华东", "浙江省", "杭州市");
        Doc south = needsReview("华南", "广东省", "广州市");
        ObjectNode body = edit("archivist", south.id());
        ((ObjectNode) body.get("customer")).put("name", "越权修改有限公司");

        List<String> queue = queued(eastArchivist);
        Response edited = put(eastArchivist, south.id(), body);
        Response never = put(eastArchivist, "e".repeat(64), body);

        assertThat(queue).contains(east.id()).doesNotContain(south.id());
        JsonNode page = get(eastArchivist, "/api/review?size=100").json();
        assertThat(page.get("total").asLong()).isEqualTo(page.get("items").size());
        assertThat(edited.status()).isEqualTo(404);
        assertThat(edited.json().get("title")).isEqualTo(never.json().get("title"));
        assertThat(edited.body()).doesNotContain(south.name());
        assertThat(get(eastArchivist, "/api/documents/" + south.id() + "/revisions").status()).isEqualTo(404);
        assertThat(store.readManifest(south.id()).orElseThrow().customer().name()).isEqualTo(south.name());
        assertThat(queued("archivist")).contains(south.id());
    }

    @Test
    void neitherAReingestOfTheSameScanNorAReindexUndoesTheEdit() throws Exception {
        byte[] scan = ScanFactory.png(ScanFactory.page(List.of("客户档案登记表", "客户名称：" + UUID.randomUUID()),
                ScanFactory.cjkFont(), 0.0, 0, 7));
        Doc doc = document("华东", "浙江省", "杭州市", "西湖区", DocumentStatus.NEEDS_REVIEW, scan);
        String corrected = "复核后" + UUID.randomUUID().toString().substring(0, 6) + "有限公司";
        ObjectNode body = edit("archivist", doc.id());
        ((ObjectNode) body.get("customer")).put("name", corrected);
        assertThat(put("archivist", doc.id(), body).status()).isEqualTo(200);
        Path file = Files.createTempFile("rescan-", ".png");
        try {
            Files.write(file, scan);

            IngestOutcome again = pipeline.ingest(file, "rescan.png");
            ArchiveRecord processed = pipeline.process(doc.id());

            assertThat(again.duplicate()).isTrue();
            assertThat(again.status()).isEqualTo(DocumentStatus.INDEXED);
            assertThat(processed.revision()).isEqualTo(2);
            assertThat(processed.customer().name()).isEqualTo(corrected);
        } finally {
            Files.deleteIfExists(file);
        }
        ArchiveRecord manifest = store.readManifest(doc.id()).orElseThrow();
        assertThat(manifest.revision()).isEqualTo(2);
        assertThat(manifest.customer().name()).isEqualTo(corrected);

        new Reindexer(store, index).rebuild(n -> { });
        index.refresh();

        assertThat(get("archivist", "/api/search?q=" + enc(corrected)).json().get("hits").findValuesAsText("id"))
                .containsExactly(doc.id());
        assertThat(index.get(doc.id()).orElseThrow().revision()).isEqualTo(2);
        Verifier.Report report = new Verifier(store, index).verify(false);
        List<String> problems = new ArrayList<>(report.stale());
        problems.addAll(report.missing());
        assertThat(problems).noneMatch(p -> p.startsWith(doc.id()));
        assertThat(store.manifestIds()).as("revisions are not listed as documents").allMatch(id -> id.length() == 64);
    }
}
