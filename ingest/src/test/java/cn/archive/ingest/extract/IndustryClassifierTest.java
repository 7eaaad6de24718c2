package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.record.Industry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IndustryClassifierTest {

    private final IndustryClassifier classifier = new IndustryClassifier();

    @ParameterizedTest
    @CsvSource({
        "机械制造, C", "汽车零部件, C", "连锁零售, F", "批发贸易, F", "软件开发, I", "互联网, I", "IT服务, I",
        "商业银行, J", "证券, J", "保险, J", "物业管理, K", "房地产开发, K", "医院, Q", "学校, P", "教育培训, P",
        "建筑工程, E", "物流运输, G", "餐饮, H", "酒店, H", "电力, D", "采矿, B", "农业种植, A", "律师, L",
        "咨询, L", "广告, L", "科研, M", "检测, M", "环保, N", "文化传媒, R", "汽车维修, O", "社会组织, S",
    })
    void mapsWhatClerksWriteToAGbt4754Section(String raw, String code) {
        assertThat(classifier.classify(raw)).map(Industry::code).contains(code);
    }

    @Test
    void aValueThatIsTheHeadOfAnotherSectionsLongerKeywordMayBeCut() {
        assertThat(classifier.mayBeCut("商业")).isTrue(); // 商业银行 is J
        assertThat(classifier.mayBeCut("商业银行")).isFalse();
        assertThat(classifier.mayBeCut("连锁零售")).isFalse();
        assertThat(classifier.mayBeCut("育")).isFalse(); // no industry at all
    }

    @Test
    void namesTheSectionOfficiallyAndKeepsTheWordsAsWritten() {
        assertThat(classifier.classify("机械制造")).contains(new Industry("C", "制造业", "机械制造"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "C 制造业 | C", "C | C", "制造业 | C", "J金融业 | J", "信息传输、软件和信息技术服务业 | I",
        "农、林、牧、渔业 | A", "水利、环境和公共设施管理业 | N",
    })
    void takesASectionWrittenDirectly(String raw, String code) {
        assertThat(classifier.classify(raw)).map(Industry::code).contains(code);
        assertThat(classifier.isExplicit(raw)).isTrue();
    }

    @Test
    void readsWordsThatOcrSpacedApart() {
        assertThat(classifier.classify("机 械 制 造")).contains(new Industry("C", "制造业", "机械制造"));
    }

    // What a goods word is followed by decides: trading, renting, designing or testing goods is not making them.
    @ParameterizedTest
    @CsvSource({
        "五金销售, F", "化工贸易, F", "服装批发, F", "钢铁贸易, F", "水产批发, F", "机械设备租赁, L", "服装设计, M",
        "芯片研发, M", "电子产品检测, M", "钢结构施工, E", "机械生产销售, C", "服装加工与批发, C", "汽车零部件, C",
    })
    void theWordAfterAGoodsWordDecides(String written, String section) {
        assertThat(classifier.classify(written)).map(Industry::code).contains(section);
    }

    // Descriptions archives write that name an industry the tuning corpus never printed.
    @ParameterizedTest
    @CsvSource({
        "花卉苗木, A", "矿产开发, B", "数控机床, C", "锂电池, C", "电力工程, E", "消防工程, E", "装饰装修, E",
        "日用百货, F", "网络销售, F", "冷链物流, G", "餐饮管理, H", "网络技术, I", "农村商业银行, J", "融资租赁, J",
        "房地产经纪, K", "品牌策划, L", "翻译, L", "技术开发, M", "节能环保, N", "家政服务, O", "职业教育, P",
        "社区医院, Q", "动漫, R", "人民政府, S",
    })
    void readsMoreOfTheWordsClerksWrite(String written, String section) {
        assertThat(classifier.classify(written)).map(Industry::code).contains(section);
    }

    @Test
    void readsAdvertisingDesignWhoseFirstCharacterOcrLost() {
        assertThat(classifier.classify("告设计")).contains(new Industry("L", "租赁和商务服务业", "告设计"));
        assertThat(classifier.classify("告策划")).map(Industry::code).contains("L");
        assertThat(classifier.classify("工程设计")).map(Industry::code).contains("M");
        assertThat(classifier.classify("报告设计")).map(Industry::code).contains("M");
    }

    @Test
    void prefersTheLongerMoreSpecificWord() {
        assertThat(classifier.classify("房地产开发")).map(Industry::code).contains("K");
        assertThat(classifier.classify("医药批发")).map(Industry::code).contains("F");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"其他", "UNIT", "XYZ", "—"})
    void returnsEmptyForWordsThatNameNoIndustry(String raw) {
        assertThat(classifier.classify(raw)).isEmpty();
    }

    // tuning-0055: 广告设计 with its 广 lost to OCR; read as 广告设计, but only part of the value is known.
    @Test
    void tellsAKeywordThatIsTheWholeValueFromOneThatIsOnlyPartOfIt() {
        assertThat(classifier.classify("告设计")).map(Industry::code).contains("L");
        assertThat(classifier.keywordIsWholeValue("告设计")).isFalse();
        assertThat(classifier.keywordIsWholeValue("广告设计")).isTrue();
        assertThat(classifier.keywordIsWholeValue("商业银行")).isTrue();
    }
}
