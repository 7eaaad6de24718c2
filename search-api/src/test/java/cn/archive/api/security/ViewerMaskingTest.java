package cn.archive.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every answer a VIEWER can get is searched for the raw personal values of the document it is about:
 * the record, searches that match on each personal value (so highlights come from where they are
 * written), access requests and refusals. None may contain a mobile, landline, e-mail, ID number or
 * street; the masked forms show instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewerMaskingTest extends SecurityStack {

    private static final List<String> RAW = List.of(MOBILE, "87654321", "0571 8765", EMAIL, "wangjg", ID_NUMBER,
            "198001011234", STREET, "398号");

    private Doc doc;

    @BeforeAll
    void aDocumentFullOfPersonalData() throws Exception {
        doc = document("华东", "浙江省", "杭州市", "西湖区");
    }

    @Test
    void noAnswerToAViewerHoldsARawPersonalValue() throws Exception {
        List<Response> answers = new ArrayList<>();
        answers.add(get("viewer", "/api/documents/" + doc.id()));
        for (String q : List.of(doc.name(), MOBILE, LANDLINE, EMAIL, ID_NUMBER, STREET, "文三路", "仓库", "手机", "身份证号",
                "地址", "浙江省杭州市西湖区")) {
            answers.add(get("viewer", "/api/search?q=" + enc(q)));
            answers.add(get("viewer", "/api/search?sort=-registeredOn&q=" + enc(q) + "&region=" + enc("华东")));
        }
        answers.add(get("viewer", "/api/documents/" + doc.id() + "/original"));
        answers.add(send("viewer", "POST", "/api/access-requests", JSON.writeValueAsString(Map.of(
                "documentId", doc.id(), "purpose", "核对合同原件", "days", 2))));
        answers.add(get("viewer", "/api/access-requests"));
        answers.add(get("viewer", "/api/me"));
        answers.add(get("viewer", "/api/documents/" + doc.id() + "/revisions"));
        answers.add(get("viewer", "/api/documents/" + doc.id() + "/revisions/1"));
        answers.add(get("viewer", "/api/review"));

        for (Response answer : answers) {
            assertThat(answer.status()).as(answer.body()).isLessThan(500);
            for (String raw : RAW) {
                assertThat(answer.body()).as("a viewer's answer shows " + raw).doesNotContain(raw);
            }
        }
        assertThat(answers.get(1).body()).as("the search found it").contains(doc.id());
    }

    @Test
    void theRecordShowsTheMaskedFormsAndKeepsWhatIsNotPersonal() throws Exception {
        String record = get("viewer", "/api/documents/" + doc.id()).body();

        assertThat(record).contains("138****2233").contains("0571-****4321").contains("w***@xhjm.com.cn")
                .contains("3301**********1234").contains("浙江省杭州市西湖区****").contains(doc.name());
    }

    @Test
    void anArchivistSeesThemInClear() throws Exception {
        String record = get("archivist", "/api/documents/" + doc.id()).body();

        assertThat(record).contains(MOBILE).contains(EMAIL).contains(ID_NUMBER).contains(STREET);
    }
}
