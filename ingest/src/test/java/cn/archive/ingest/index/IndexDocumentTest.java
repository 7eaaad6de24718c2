package cn.archive.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.record.Region;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IndexDocumentTest {

    @Test
    void phonesAreKeptAsDigitsWithTheLocalNumberAndTheLastFourDigits() {
        JsonNode lookup = IndexDocument.of(record("KH-2023-000417",
                new Customer("杭州西湖精密机械有限公司", null, null, null, new Region("华东", "浙江省", "杭州市"), null, null,
                        "0571-87654321", "13805712233", null))).get("lookup");

        assertThat(lookup.get("phoneDigits").toString()).isEqualTo("[\"057187654321\",\"87654321\",\"13805712233\"]");
        assertThat(lookup.get("phoneTail").toString()).isEqualTo("[\"4321\",\"2233\"]");
        assertThat(lookup.get("archiveNoCompact").asText()).isEqualTo("KH2023000417");
    }

    @Test
    void aNameIsSuggestedWholeAndWithoutItsLeadingPlaceUnderItsArea() {
        JsonNode suggest = IndexDocument.of(record(null, new Customer("杭州西湖精密机械有限公司", null, null, null,
                new Region("华东", "浙江省", "杭州市"), null, null, null, null, null))).at("/lookup/nameSuggest");

        assertThat(suggest.get("input").toString()).isEqualTo("[\"杭州西湖精密机械有限公司\",\"西湖精密机械有限公司\"]");
        assertThat(suggest.at("/contexts/area/0").asText()).isEqualTo("华东");
    }

    @Test
    void aRecordWithoutRegionIsSuggestedUnderTheNoAreaContext() {
        JsonNode suggest = IndexDocument.of(record(null, new Customer("王建国", null, null, null, null, null, null, null,
                null, null))).at("/lookup/nameSuggest");

        assertThat(suggest.at("/contexts/area/0").asText()).isEqualTo(IndexDocument.NO_AREA);
    }

    @Test
    void theMappingFileCarriesTheVersionTheCodeRollsOut() throws Exception {
        JsonNode mapping = new ObjectMapper().readTree(SearchIndex.class.getResourceAsStream("index.json"));

        assertThat(mapping.at("/mappings/_meta/mappingVersion").asInt()).isEqualTo(SearchIndex.MAPPING_VERSION);
    }

    private static ArchiveRecord record(String archiveNo, Customer customer) {
        return new ArchiveRecord("a".repeat(64), null, archiveNo, null, null, customer, null, null, null, null,
                DocumentStatus.INDEXED, null, 1, "text", null, Instant.now());
    }
}
