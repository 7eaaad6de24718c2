package cn.archive.api.search;

import static cn.archive.api.search.SearchFixtures.HUALIAN_BEIJING;
import static cn.archive.api.search.SearchFixtures.HUALIAN_GUANGZHOU;
import static cn.archive.api.search.SearchFixtures.XIHU_CONTRACT;
import static cn.archive.api.search.SearchFixtures.XIHU_FORM;
import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.index.SearchIndex;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import cn.archive.api.TestStack;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every way an archivist looks for a file, through the HTTP API against a real Elasticsearch holding
 * known records: phone numbers in any form and by their last four digits, archive numbers whole and
 * by their start, e-mail, name completion, multi-select facets, grouping by customer, deep paging,
 * region scopes, and query strings meant to break things.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQueriesIntegrationTest {

    private static final String ARCHIVIST_PASSWORD = "archivist-" + UUID.randomUUID();
    private static final String ADMIN_PASSWORD = "admin-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestStack.register(registry, Map.of("admin", ADMIN_PASSWORD, "archivist", ARCHIVIST_PASSWORD));
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    SearchIndex index;
    @Autowired
    ArchiveSearch search;
    @Autowired
    SuggestController suggest;

    @BeforeAll
    void indexTheFixtures() throws Exception {
        assertThat(index.bulk(index.alias(), SearchFixtures.all())).isEmpty();
        index.refresh();
    }

    @Test
    void aMobileIsFoundWholeWithSeparatorsAndByItsLastFourDigits() throws Exception {
        for (String q : List.of("13805712233", "138-0571-2233", "\"138 0571 2233\"", "2233", "１３８０５７１２２３３")) {
            assertThat(ids(q)).as(q).containsExactlyInAnyOrder(XIHU_CONTRACT.id(), XIHU_FORM.id());
        }
        assertThat(ids("5678")).containsExactly(HUALIAN_GUANGZHOU.id());
    }

    @Test
    void aLandlineIsFoundWithOrWithoutItsAreaCodeAndSeparators() throws Exception {
        for (String q : List.of("010-66554433", "01066554433", "66554433", "(010)66554433", "4433")) {
            assertThat(ids(q)).as(q).containsExactly(HUALIAN_BEIJING.id());
        }
    }

    @Test
    void anArchiveNumberIsFoundWholeAndByItsStart() throws Exception {
        assertThat(ids("KH-2023-000417")).containsExactly(XIHU_CONTRACT.id());
        assertThat(ids("kh2023000417")).containsExactly(XIHU_CONTRACT.id());
        assertThat(ids("KH-2023")).containsExactlyInAnyOrder(XIHU_CONTRACT.id(), XIHU_FORM.id());
        assertThat(ids("kh2023")).containsExactlyInAnyOrder(XIHU_CONTRACT.id(), XIHU_FORM.id());
        assertThat(ids("ＫＨ－２０２３")).containsExactlyInAnyOrder(XIHU_CONTRACT.id(), XIHU_FORM.id());
        assertThat(ids("DA-2021-0335")).containsExactly(HUALIAN_GUANGZHOU.id());
    }

    @Test
    void anEmailIsFoundWholeInAnyCase() throws Exception {
        assertThat(ids("WangJG@xhjm.com.cn")).containsExactlyInAnyOrder(XIHU_CONTRACT.id(), XIHU_FORM.id());
        assertThat(ids("sales@hualian.cn")).containsExactly(HUALIAN_GUANGZHOU.id());
    }

    @Test
    void derivedLookupKeysStayOutOfTheAnswers() throws Exception {
        String body = get("/api/search?q={q}", "2233").getBody();

        assertThat(body).doesNotContain("lookup").doesNotContain("phoneTail").doesNotContain("nameSuggest");
    }

    @Test
    void chineseWordsAreHighlighted() throws Exception {
        JsonNode result = search("q=华联");

        assertThat(ids(result)).containsExactlyInAnyOrder(HUALIAN_GUANGZHOU.id(), HUALIAN_BEIJING.id());
        // The word is marked whole (one mark, not one per character), and only where it stands.
        for (JsonNode hit : result.get("hits")) {
            assertThat(hit.get("highlights").toString()).as(hit.get("id").asText())
                    .contains("<em>华联</em>").doesNotContain("<em>华</em>").doesNotContain("<em>联</em>");
        }
        // A longer phrase is marked in its field too: the search runs on two-character shingles
        // (index_phrases), the highlighter on the characters themselves.
        JsonNode phrase = search("q=" + "西湖精密机械");
        assertThat(phrase.at("/hits/0/highlights").toString()).contains("<em>西湖精密机械</em>");
        assertThat(search("q=精密 机械").at("/hits/0/highlights").toString()).contains("<em>精密机械</em>");
    }

    @Test
    void aFacetsCountsIgnoreItsOwnFilterButApplyTheOthers() throws Exception {
        JsonNode result = search("q=华联&region=华南");

        assertThat(ids(result)).containsExactly(HUALIAN_GUANGZHOU.id());
        assertThat(count(result, "region", "华南")).isEqualTo(1);
        assertThat(count(result, "region", "华北")).isEqualTo(1); // still offered: widening the selection
        assertThat(count(result, "tier", "KEY")).isEqualTo(1);
        assertThat(count(result, "tier", "STANDARD")).isZero(); // 北京华联 is filtered out by region
        assertThat(ids(search("q=华联&region=华南&region=华北"))).hasSize(2);
        assertThat(result.at("/facets/industry/0/label").asText()).isEqualTo("批发和零售业");

        // Two facets selected: each counts under the other's filter; the unselected ones under both.
        JsonNode two = search("q=文三路&region=华东&tier=VIP");
        assertThat(ids(two)).containsExactlyInAnyOrder(XIHU_CONTRACT.id(), XIHU_FORM.id());
        assertThat(count(two, "tier", "VIP")).isEqualTo(2);
        assertThat(count(two, "tier", "STANDARD")).isEqualTo(SearchFixtures.LOGISTICS_FILES); // 华东, any tier
        assertThat(count(two, "region", "华东")).isEqualTo(2);
        assertThat(count(two, "region", "华南")).isZero(); // 广州华联 is KEY, not VIP
        assertThat(count(two, "industry", "C")).isEqualTo(2);
        assertThat(count(two, "industry", "G")).isZero();
        assertThat(count(two, "documentType", "CONTRACT")).isEqualTo(1);
        assertThat(result.get("total").asLong()).isEqualTo(1);
        assertThat(two.get("total").asLong()).isEqualTo(2);

        // Every facet selected: no facet is left to share the count under all filters, the total still is.
        JsonNode all = search("q=文三路&region=华东&province=浙江省&industry=C&tier=VIP&documentType=CONTRACT");
        assertThat(all.get("total").asLong()).isEqualTo(1);
        assertThat(ids(all)).containsExactly(XIHU_CONTRACT.id());
        assertThat(count(all, "documentType", "REGISTRATION_FORM")).isEqualTo(1); // XIHU_FORM, under the other four
        assertThat(count(all, "tier", "VIP")).isEqualTo(1);
    }

    @Test
    void dateRangeAndSortNarrowAndOrder() throws Exception {
        assertThat(ids(search("q=西湖精密&from=2023-03-20&to=2023-12-31"))).containsExactly(XIHU_FORM.id());
        JsonNode byDate = search("q=文三路&sort=-registeredOn&size=3");
        assertThat(byDate.at("/hits/0/registeredOn").asText()).isEqualTo("2023-04-01");
        assertThat(byDate.at("/hits/1/registeredOn").asText()).isEqualTo("2023-03-15");
        assertThat(get("/api/search?from={d}", "2023-02-30").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void groupedByCustomerGivesOneRowPerCustomerWithItsDocumentCount() throws Exception {
        JsonNode grouped = search("q=文三路&groupBy=customer&size=10");

        assertThat(grouped.get("customers").asLong()).isEqualTo(4);
        assertThat(grouped.get("hits")).hasSize(4);
        assertThat(documentsOf(grouped, "上海同心物流有限公司")).isEqualTo(SearchFixtures.LOGISTICS_FILES);
        assertThat(documentsOf(grouped, "杭州西湖精密机械有限公司")).isEqualTo(2);
        // The counts follow the facet filters too.
        JsonNode contracts = search("q=西湖精密&groupBy=customer&documentType=CONTRACT");
        assertThat(documentsOf(contracts, "杭州西湖精密机械有限公司")).isEqualTo(1);
        assertThat(contracts.get("customers").asLong()).isEqualTo(1);
        assertThat(contracts.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aCursorWalksEveryResultOnceInOrder() throws Exception {
        for (String sort : List.of("registeredOn", "relevance")) {
            List<String> seen = new ArrayList<>();
            String cursor = "";
            int pages = 0;
            do {
                JsonNode page = JSON.readTree(get("/api/search?q=物流&size=10&sort={s}&cursor={c}", sort, cursor).getBody());
                seen.addAll(ids(page));
                cursor = page.path("next").asText("");
                pages++;
            } while (!cursor.isEmpty() && pages < 10);
            assertThat(seen).as(sort).hasSize(SearchFixtures.LOGISTICS_FILES).doesNotHaveDuplicates();
        }
    }

    @Test
    void badCursorsAndDeepNumberedPagesGetAClearProblem() throws Exception {
        String next = search("q=物流&size=5&sort=registeredOn").get("next").asText();

        assertThat(get("/api/search?q=物流&size=5&sort=-registeredOn&cursor={c}", next).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        for (String bad : List.of("x", "eyJzIjoicmVsZXZhbmNlIiwidiI6W119", "{\"script\":1}", "A".repeat(2000))) {
            assertThat(get("/api/search?cursor={c}", bad).getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        assertThat(get("/api/search?page={p}&size=100", "2147483647").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> deep = get("/api/search?page={p}&size=100", "100");
        assertThat(deep.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(deep.getBody()).get("detail").asText()).contains("cursor");
    }

    @Test
    void hostileQueryStringsGiveASaneAnswerOrA400NeverA500() throws Exception {
        long everything = search("size=1").get("total").asLong();
        for (String q : List.of("*:*", "/.*/", "\"unbalanced", "a AND (b OR", "customer.name:*", "\\", "KH-*", "?",
                "{\"query\":{\"match_all\":{}}}", "<script>alert(1)</script>", "' OR 1=1 --", "%", "~1", "^10",
                "\u0000\u0001", "🙂🙂", "\"\"", "\"   \"", "ｋｈ－２０２３", "[* TO *]", "a".repeat(500), "客 ".repeat(250),
                "1".repeat(400), "@", "-", "_id:*", "\uD800", "\uFDFA".repeat(400))) {
            ResponseEntity<String> response = get("/api/search?q={q}", q);
            assertThat(response.getStatusCode().is5xxServerError()).as(q).isFalse();
            if (response.getStatusCode().is2xxSuccessful()) {
                // Query syntax is never interpreted: at most it is an empty query, never a wildcard.
                assertThat(JSON.readTree(response.getBody()).get("total").asLong()).as(q).isLessThanOrEqualTo(everything);
            }
        }
        assertThat(ids("_id:*")).isEmpty();
        assertThat(ids("customer.name:*")).isEmpty();
        assertThat(get("/api/search?q={q}", "客".repeat(10_000)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/search?region={r}", "*").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ids(search("region=*"))).isEmpty();
    }

    @Test
    void namesAreSuggestedFromTheirStartOrAfterTheirPlaceOnce() throws Exception {
        JsonNode byStart = JSON.readTree(admin().getForObject("/api/suggest?q={q}", String.class, "杭州西"));
        JsonNode afterPlace = JSON.readTree(admin().getForObject("/api/suggest?q={q}", String.class, "西湖"));

        assertThat(byStart.get("suggestions").toString()).isEqualTo("[\"杭州西湖精密机械有限公司\"]");
        assertThat(afterPlace.get("suggestions").toString()).isEqualTo("[\"杭州西湖精密机械有限公司\"]");
        assertThat(suggest.suggest("华联", 10, Set.of()).suggestions())
                .containsExactlyInAnyOrder("广州华联商贸有限公司", "北京华联科技有限公司");
        assertThat(admin().getForEntity("/api/suggest?q={q}", String.class, "x".repeat(51)).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin().getForObject("/api/suggest?q={q}", String.class, "*")).isEqualTo("{\"suggestions\":[]}");
    }

    @Test
    void aRegionScopeHidesNamesHitsCountsAndGroupsOutsideIt() throws Exception {
        assertThat(suggest.suggest("华联", 10, Set.of("华南")).suggestions()).containsExactly("广州华联商贸有限公司");
        assertThat(suggest.suggest("杭州", 10, Set.of("华南")).suggestions()).isEmpty();

        SearchParams scoped = SearchController.parse(params("q=华联&groupBy=customer"), Set.of("华南"));
        ArchiveSearch.RawResult result = search.search(scoped);
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.customers()).isEqualTo(1);
        assertThat(result.hits()).extracting(h -> h.record().id()).containsExactly(HUALIAN_GUANGZHOU.id());
        assertThat(result.facets().get("region")).extracting(SearchResult.FacetValue::value).containsExactly("华南");

        SearchParams paged = SearchController.parse(params("q=文三路&size=2&sort=registeredOn"), Set.of("华北"));
        ArchiveSearch.RawResult first = search.search(paged);
        assertThat(first.hits()).extracting(h -> h.record().id()).containsExactly(HUALIAN_BEIJING.id());
    }

    private static org.springframework.util.MultiValueMap<String, String> params(String query) {
        return org.springframework.web.util.UriComponentsBuilder.fromUriString("/?" + query).build().getQueryParams();
    }

    private TestRestTemplate archivist() {
        return http.withBasicAuth("archivist", ARCHIVIST_PASSWORD);
    }

    /** Suggestions are ADMIN-only until the security configuration opens /api/suggest (issue 5). */
    private TestRestTemplate admin() {
        return http.withBasicAuth("admin", ADMIN_PASSWORD);
    }

    private ResponseEntity<String> get(String url, Object... vars) {
        return archivist().getForEntity(url, String.class, vars);
    }

    private JsonNode search(String query) throws Exception {
        ResponseEntity<String> response = archivist().getForEntity("/api/search?" + query, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return JSON.readTree(response.getBody());
    }

    private List<String> ids(String q) throws Exception {
        ResponseEntity<String> response = get("/api/search?size=50&q={q}", q);
        assertThat(response.getStatusCode()).as(q + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return ids(JSON.readTree(response.getBody()));
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    private static long count(JsonNode result, String facet, String value) {
        for (JsonNode v : result.at("/facets/" + facet)) {
            if (v.get("value").asText().equals(value)) {
                return v.get("count").asLong();
            }
        }
        return 0;
    }

    private static long documentsOf(JsonNode grouped, String name) {
        for (JsonNode hit : grouped.get("hits")) {
            if (hit.at("/customer/name").asText().equals(name)) {
                return hit.get("documents").asLong();
            }
        }
        return -1;
    }
}
