package cn.archive.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.pipeline.Reindexer;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.record.OriginalInfo;
import cn.archive.ingest.record.Region;
import cn.archive.ingest.store.DocumentStore;
import cn.archive.ingest.store.S3ObjectStore;
import cn.archive.ingest.testsupport.ArchiveServices;
import java.io.StringReader;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A mapping change rolled out with no downtime, against a real Elasticsearch and S3 server: the
 * alias points at an index of the previous mapping that searches keep using, {@code reindex} fills a new
 * version from the object store and switches the alias, and the new lookup keys then work.
 */
class MappingRollOutIntegrationTest {

    @Test
    void anIndexOfAnOlderMappingIsReplacedByReindexingAndSwitchingTheAlias() throws Exception {
        ArchiveServices.Endpoints services = ArchiveServices.get();
        S3ObjectStore objects = new S3ObjectStore(services.s3Endpoint(), services.accessKey(), services.secretKey(),
                services.newBucket());
        objects.ensureBucket();
        DocumentStore store = new DocumentStore(objects);
        ArchiveRecord record = new ArchiveRecord("b".repeat(64), "scan.jpg", "KH-2023-000417", false, null,
                new Customer("杭州西湖精密机械有限公司", null, null, null, new Region("华东", "浙江省", "杭州市"), null, null,
                        null, "13805712233", null), null, null, null, null, DocumentStatus.INDEXED, null, 1, "档案",
                new OriginalInfo("image/jpeg", 1, "b".repeat(64)), Instant.now());
        store.writeManifest(record);

        try (SearchIndex index = new SearchIndex(services.esUrl(), services.newAlias())) {
            // The version just before this code's: no lookup keys, no phrase shingles on the text.
            int previous = SearchIndex.MAPPING_VERSION - 1;
            String old = index.alias() + "-v" + previous + "-old";
            index.client().indices().create(c -> c.index(old).withJson(new StringReader(
                    "{\"mappings\":{\"dynamic\":false,\"_meta\":{\"mappingVersion\":" + previous + "},"
                            + "\"properties\":{\"id\":{\"type\":\"keyword\"},"
                            + "\"text\":{\"type\":\"text\",\"analyzer\":\"standard\"}}}}")));
            index.client().indices().updateAliases(u -> u.actions(a -> a.add(x -> x.index(old).alias(index.alias()))));
            index.client().index(i -> i.index(index.alias()).id(record.id()).document(record));
            index.refresh();
            assertThat(index.rollOutNeeded()).isTrue();
            assertThat(index.count()).isEqualTo(1); // searches keep answering from the old version

            Reindexer.Result result = new Reindexer(store, index).rebuild(n -> { });
            index.refresh();

            assertThat(index.rollOutNeeded()).isFalse();
            assertThat(index.currentIndices()).isEqualTo(Set.of(result.index()));
            assertThat(index.client().indices().exists(e -> e.index(old)).value()).isFalse();
            assertThat(index.client().count(c -> c.index(index.alias())
                    .query(q -> q.term(t -> t.field("lookup.phoneTail").value("2233")))).count()).isEqualTo(1);
            // Mapping 3: two-character phrases are single terms of the text's shingle field.
            var text = index.client().indices().getMapping(m -> m.index(result.index())).result().get(result.index())
                    .mappings().properties().get("text").text();
            assertThat(text.indexPhrases()).isTrue();
            assertThat(index.client().count(c -> c.index(index.alias())
                    .query(q -> q.matchPhrase(p -> p.field("text").query("档案")))).count()).isEqualTo(1);
            index.client().indices().delete(d -> d.index(result.index()));
        }
    }
}
