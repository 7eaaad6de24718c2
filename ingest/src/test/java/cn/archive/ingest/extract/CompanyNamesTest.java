package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.record.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyNamesTest {

    private static final RegionResolver PLACES = new RegionResolver();
    private static final Region TIANJIN = PLACES.resolve("天津市和平区南京路12号").orElseThrow();
    private static final Region SHANGHAI = PLACES.resolve("上海市浦东新区张江路455号").orElseThrow();
    private static final Region NANCHANG = PLACES.resolve("江西省南昌市东湖区八一大道3号").orElseThrow();

    private static double[] confidences(String name, double sure, double doubtful, int... at) {
        return NameCorrectionTest.confidences(name, sure, doubtful, at);
    }

    private static FieldReading reading(String text, double confidence, String model) {
        return new FieldReading(FieldRereads.NAME, 2, 0, 0, 10, 10, text, confidence, model);
    }

    @Test
    void aReadingThatOpensWithThePapersCityGivesTheNameItsPlace() {
        // tuning-1446: the page read 天诗 (a word of 0.68), the box 天律 as it is and 天津 bold; the address is in 天津.
        String page = "天诗中和物流有限公司";
        List<FieldReading> readings = List.of(reading("天 律 中 和 物 流 有 限 公 司", 0.95, FieldReading.LARGE_MODEL),
                reading("天 津 中 和 物 流 有 限 公 司", 0.96, FieldReading.BOLD));

        var placed = CompanyNames.placeFromReadings(page, confidences(page, 0.68, 0.68), readings, TIANJIN, PLACES);

        assertThat(placed).isPresent();
        assertThat(placed.get().name()).isEqualTo("天津中和物流有限公司");
        assertThat(placed.get().confidence()).isEqualTo(0.68); // the kept page characters' word
    }

    @Test
    void latinLettersWhereTheBoxReadTheCityGiveWayToIt() {
        // tuning-1449: LB (0.02) before 正泰 on the page; the box read 上海正泰… twice at 0.95; the address is in 上海.
        String page = "LB正泰食品股份有限公司";
        double[] perChar = confidences(page, 0.96, 0.02, 0, 1);
        List<FieldReading> readings = List.of(reading("上 海 正 泰 食 品 股 份 有 限 公 司", 0.95, FieldReading.LARGE_MODEL),
                reading("上 海 正 泰 食 品 股 份 有 限 公 司", 0.95, FieldReading.BOLD));

        var placed = CompanyNames.placeFromReadings(page, perChar, readings, SHANGHAI, PLACES);

        assertThat(placed).isPresent();
        assertThat(placed.get().name()).isEqualTo("上海正泰食品股份有限公司");
        assertThat(placed.get().confidence()).isEqualTo(0.95);
    }

    @Test
    void aPageThatLostThePlacesFirstCharacterGetsItFromTheBox() {
        // The page read 昌华信… (南 lost at the cell's edge) and a box reaching further left read 南昌华信…; the paper is of 南昌.
        String page = "昌华信汽车配件有限公司";
        List<FieldReading> readings = List.of(reading("南 昌 华 信 汽 车 配 件 有 限 公 司", 0.95, FieldReading.LARGE_MODEL));

        var placed = CompanyNames.placeFromReadings(page, confidences(page, 0.93, 0.82, 1), readings, NANCHANG, PLACES);

        assertThat(placed.map(NameCorrection.Corrected::name)).contains("南昌华信汽车配件有限公司");
        assertThat(placed.get().confidence()).isEqualTo(0.82);
    }

    @Test
    void aSurelyReadOpeningOneCharacterOffThePapersCityGivesWayOnlyToTwoReadingsOfIt() {
        // tuning-1791: the page read 议阳恒达… surely (0.93), the box read 沈阳恒达… as it is and bold at 0.95; the address is in 沈阳.
        Region shenyang = PLACES.resolve("辽宁沈阳市和平区南京北街717号").orElseThrow();
        String page = "议阳恒达电子有限公司";
        double[] perChar = confidences(page, 0.93, 0.93);
        FieldReading large = reading("沈 阳 恒 达 电 子 有 限 公 司", 0.95, FieldReading.LARGE_MODEL);
        FieldReading bold = reading("沈 阳 恒 达 电 子 有 限 公 司", 0.95, FieldReading.BOLD);

        assertThat(CompanyNames.placeFromReadings(page, perChar, List.of(large, bold), shenyang, PLACES)
                .map(NameCorrection.Corrected::name)).contains("沈阳恒达电子有限公司");
        assertThat(CompanyNames.placeFromReadings(page, perChar, List.of(large), shenyang, PLACES)).as("one reading").isEmpty();
        // two characters off: another word, not a slip of the place
        String other = "议场恒达电子有限公司";
        assertThat(CompanyNames.placeFromReadings(other, confidences(other, 0.93, 0.93), List.of(large, bold), shenyang, PLACES))
                .isEmpty();
    }

    @Test
    void thePlaceStaysAsReadWhereTheBoxGivesAnotherCityThanThePapersOrNoCityOrTwoOrTooLittle() {
        String page = "天诗中和物流有限公司";
        double[] perChar = confidences(page, 0.68, 0.68);
        List<FieldReading> tianjin = List.of(reading("天 津 中 和 物 流 有 限 公 司", 0.96, FieldReading.BOLD));
        // another city than the paper's
        assertThat(CompanyNames.placeFromReadings(page, perChar, tianjin, SHANGHAI, PLACES)).isEmpty();
        // a paper that names no place
        assertThat(CompanyNames.placeFromReadings(page, perChar, tianjin, null, PLACES)).isEmpty();
        // one reading below SURE
        assertThat(CompanyNames.placeFromReadings(page, perChar,
                List.of(reading("天 津 中 和 物 流 有 限 公 司", 0.87, FieldReading.BOLD)), TIANJIN, PLACES)).isEmpty();
        // the rest of the reading is not the page's rest
        assertThat(CompanyNames.placeFromReadings(page, perChar,
                List.of(reading("天 津 中 利 物 流 有 限 公 司", 0.96, FieldReading.BOLD)), TIANJIN, PLACES)).isEmpty();
        // two sure readings, two places of the paper (its city, its province): one of them is wrong
        String lu = "南吕华信汽车配件有限公司";
        assertThat(CompanyNames.placeFromReadings(lu, confidences(lu, 0.93, 0.6, 0, 1),
                List.of(reading("南 昌 华 信 汽 车 配 件 有 限 公 司", 0.95, FieldReading.LARGE_MODEL),
                        reading("江 西 华 信 汽 车 配 件 有 限 公 司", 0.95, FieldReading.BOLD)), NANCHANG, PLACES)).isEmpty();
        assertThat(CompanyNames.placeFromReadings(lu, confidences(lu, 0.93, 0.6, 0, 1),
                List.of(reading("南 昌 华 信 汽 车 配 件 有 限 公 司", 0.95, FieldReading.LARGE_MODEL)), NANCHANG, PLACES)
                .map(NameCorrection.Corrected::name)).contains("南昌华信汽车配件有限公司");
    }

    @Test
    void aPlaceThePageReadSurelyOrANameOpeningWithAPlaceStays() {
        // 天源 read surely (0.95): no misreading of a place, whatever the box says.
        String page = "天源中和物流有限公司";
        List<FieldReading> tianjin = List.of(reading("天 津 中 和 物 流 有 限 公 司", 0.96, FieldReading.BOLD));
        assertThat(CompanyNames.placeFromReadings(page, confidences(page, 0.95, 0.95), tianjin, TIANJIN, PLACES)).isEmpty();
        // The page read a place (北京): the place is not replaced by the box's, even a doubtful one.
        String beijing = "北京中和物流有限公司";
        assertThat(CompanyNames.placeFromReadings(beijing, confidences(beijing, 0.5, 0.5), tianjin, TIANJIN, PLACES)).isEmpty();
        // A person's name (no legal form) is never a company's.
        assertThat(CompanyNames.placeFromReadings("天诗", confidences("天诗", 0.5, 0.5),
                List.of(reading("天 津", 0.96, FieldReading.BOLD)), TIANJIN, PLACES)).isEmpty();
    }

    @Test
    void aLabelWordReadOntoTheFrontOfACompanysNameIsNoPartOfIt() {
        // tuning-1254: 客户全称 printed with a gap inside; only 客户 was taken for the label.
        assertThat(CompanyNames.withoutLabelWord("全称苏州中和康复医院有限公司", PLACES)).contains("苏州中和康复医院有限公司");
        assertThat(CompanyNames.withoutLabelWord("公司名称南宁远航食品有限公司", PLACES)).contains("南宁远航食品有限公司");
        // tuning-1977: 客户全称 read "客户全" and "称" onto the name.
        assertThat(CompanyNames.withoutLabelWord("称石家庄宏远广告有限公司", PLACES)).contains("石家庄宏远广告有限公司");
        // What follows must be a company's name opening with a place: otherwise the word may be the name's own.
        assertThat(CompanyNames.withoutLabelWord("名称苏州中和康复医院", PLACES)).isEmpty();
        assertThat(CompanyNames.withoutLabelWord("单位中和康复医院有限公司", PLACES)).isEmpty();
        assertThat(CompanyNames.withoutLabelWord("苏州中和康复医院有限公司", PLACES)).isEmpty();
    }
}
