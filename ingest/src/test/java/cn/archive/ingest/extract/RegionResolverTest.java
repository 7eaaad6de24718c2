package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.record.Region;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionResolverTest {

    private final RegionResolver resolver = new RegionResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "浙江省杭州市西湖区文三路398号 | 华东 | 浙江省 | 杭州市",
        "浙江杭州西湖区 | 华东 | 浙江省 | 杭州市",
        "苏州市工业园区星湖街 | 华东 | 江苏省 | 苏州市",
        "苏州 | 华东 | 江苏省 | 苏州市",
        "苏州工业园区 | 华东 | 江苏省 | 苏州市",
        "广西南宁市青秀区 | 华南 | 广西壮族自治区 | 南宁市",
        "内蒙古包头市 | 华北 | 内蒙古自治区 | 包头市",
        "新疆乌鲁木齐市天山区 | 西北 | 新疆维吾尔自治区 | 乌鲁木齐市",
        "吉林省吉林市船营区 | 东北 | 吉林省 | 吉林市",
        "吉林市丰满区 | 东北 | 吉林省 | 吉林市",
        "四川省凉山州西昌市 | 西南 | 四川省 | 凉山彝族自治州",
        "云南省大理市 | 西南 | 云南省 | 大理白族自治州",
        "青海省海南州共和县 | 西北 | 青海省 | 海南藏族自治州",
        "海南藏族自治州共和县 | 西北 | 青海省 | 海南藏族自治州",
        "海南省海口市龙华区 | 华南 | 海南省 | 海口市",
        "湖北省仙桃市 | 华中 | 湖北省 | 仙桃市",
        "锡林郭勒盟锡林浩特市 | 华北 | 内蒙古自治区 | 锡林郭勒盟",
        "台湾省台北市 | 港澳台 | 台湾省 | 台北市",
        "浙 江 省 宁 波 市 | 华东 | 浙江省 | 宁波市",
    })
    void resolvesProvinceCityAndArea(String place, String area, String province, String city) {
        assertThat(resolver.resolve(place)).contains(new Region(area, province, city));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "北京市朝阳区建国路88号 | 华北 | 北京市", "北京 | 华北 | 北京市", "上海市浦东新区 | 华东 | 上海市",
        "天津市 | 华北 | 天津市", "重庆渝中区 | 西南 | 重庆市",
    })
    void givesMunicipalitiesThemselvesAsCity(String place, String area, String municipality) {
        assertThat(resolver.resolve(place)).contains(new Region(area, municipality, municipality));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "香港九龙尖沙咀 | 香港特别行政区", "澳门 | 澳门特别行政区",
    })
    void givesSpecialAdministrativeRegionsNoCity(String place, String sar) {
        assertThat(resolver.resolve(place)).contains(new Region("港澳台", sar, null));
    }

    @Test
    void readsTheProvinceWhenNoCityIsNamed() {
        assertThat(resolver.resolve("浙江省")).contains(new Region("华东", "浙江省", null));
        assertThat(resolver.resolve("广西")).contains(new Region("华南", "广西壮族自治区", null));
    }

    @Test
    void takesAnAreaWrittenAlone() {
        assertThat(resolver.resolve("华东地区")).contains(new Region("华东", null, null));
        assertThat(resolver.resolve("华东 苏州")).contains(new Region("华东", "江苏省", "苏州市"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"朝阳区建国路88号", "中山路100号", "北京路步行街", "西藏中路18号"})
    void doesNotReadStreetsAndDistrictsAsCities(String address) {
        assertThat(resolver.resolve(address)).isEmpty();
    }

    @Test
    void readsTheStreetNamedAfterAProvinceAsAStreetInItsCity() {
        assertThat(resolver.resolve("广州市越秀区北京路")).contains(new Region("华南", "广东省", "广州市"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"不详", "XX路", "文三路398号"})
    void returnsEmptyWhenNoPlaceIsNamed(String text) {
        assertThat(resolver.resolve(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "010 | 华北 | 北京市 | 北京市", "021 | 华东 | 上海市 | 上海市", "022 | 华北 | 天津市 | 天津市",
        "023 | 西南 | 重庆市 | 重庆市", "020 | 华南 | 广东省 | 广州市", "0755 | 华南 | 广东省 | 深圳市",
        "0571 | 华东 | 浙江省 | 杭州市", "025 | 华东 | 江苏省 | 南京市", "027 | 华中 | 湖北省 | 武汉市",
        "024 | 东北 | 辽宁省 | 沈阳市", "0512-66778899 | 华东 | 江苏省 | 苏州市",
    })
    void mapsAreaCodesToTheirCity(String code, String area, String province, String city) {
        assertThat(resolver.fromAreaCode(code)).contains(new Region(area, province, city));
    }

    @Test
    void givesOnlyTheProvinceForAreaCodesSharedByCities() {
        assertThat(resolver.fromAreaCode("029")).contains(new Region("西北", "陕西省", null));
        assertThat(resolver.fromAreaCode("028")).contains(new Region("西南", "四川省", null));
        assertThat(resolver.fromAreaCode("0898")).contains(new Region("华南", "海南省", null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0000", "13805712233", "abc"})
    void returnsEmptyForUnknownAreaCodes(String code) {
        assertThat(resolver.fromAreaCode(code)).isEmpty();
    }

    @Test
    void shipsEveryPrefectureLevelDivisionOfTheMainland() {
        Map<String, Long> perProvince = Tables.read("prefectures.tsv").stream()
                .collect(Collectors.groupingBy(r -> r[1], Collectors.counting()));
        assertThat(perProvince).containsEntry("广东省", 21L).containsEntry("浙江省", 11L).containsEntry("江苏省", 13L)
                .containsEntry("四川省", 21L).containsEntry("新疆维吾尔自治区", 14L).containsEntry("河南省", 17L)
                .containsEntry("内蒙古自治区", 12L).containsEntry("西藏自治区", 7L).containsEntry("海南省", 4L)
                .containsEntry("山东省", 16L).containsEntry("青海省", 8L).containsEntry("云南省", 16L);
        long mainland = perProvince.entrySet().stream().filter(e -> !e.getKey().equals("台湾省"))
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(mainland).isEqualTo(333);
    }

    @Test
    void resolvesEveryShippedCityByItsOwnName() {
        List<String[]> rows = Tables.read("prefectures.tsv");
        for (String[] row : rows) {
            assertThat(resolver.resolve(row[0])).as(row[0]).map(Region::province).contains(row[1]);
            assertThat(resolver.resolve(row[0])).as(row[0]).map(Region::city).contains(row[0]);
        }
    }

    @Test
    void knowsTheAreaOfEveryProvince() {
        assertThat(resolver.areaOf("浙江省")).contains("华东");
        assertThat(resolver.areaOf("宁夏回族自治区")).contains("西北");
        assertThat(resolver.areaOf("浙江")).isEmpty();
    }

    // tuning-0025: 贵州贵阳 misread as 贯州贯阳, and 中华北路 then resolved to the area 华北.
    @Test
    void takesNoAreaWordFromAStreetNameInAnAddress() {
        assertThat(resolver.fromAddress("贯州贯阳市云岩区中华北路 767 号")).isEmpty();
        assertThat(resolver.fromAddress("贵州贵阳市云岩区中华北路 767 号")).contains(new Region("西南", "贵州省", "贵阳市"));
    }

    @Test
    void aOneCharacterSlipInTheCityANameOpensWithIsRepairedFromThePapersOwnCity() {
        Region harbin = resolver.fromAddress("黑龙江省哈尔滨市南岗区红旗大街88号").orElseThrow();

        // tuning-0392 and -0448: 滨 read as 演 and as 首, the address on the same paper in 哈尔滨.
        assertThat(resolver.withCityRepaired("哈尔演正泰康复医院有限公司", harbin)).contains("哈尔滨正泰康复医院有限公司");
        assertThat(resolver.withCityRepaired("哈尔首丰源精密机械有限公司", harbin)).contains("哈尔滨丰源精密机械有限公司");
        // Not without the paper's own city, not another city, not a name opening with a place already.
        assertThat(resolver.withCityRepaired("哈尔演正泰康复医院有限公司", null)).isEmpty();
        assertThat(resolver.withCityRepaired("哈尔演正泰康复医院有限公司",
                resolver.fromAddress("辽宁省沈阳市和平区中山路1号").orElseThrow())).isEmpty();
        assertThat(resolver.withCityRepaired("哈尔滨正泰康复医院有限公司", harbin)).isEmpty();
        assertThat(resolver.withCityRepaired("黑龙江正泰康复医院有限公司", harbin)).isEmpty();
    }

    @Test
    void onAPaperNamingNoPlaceACitySlipIsRepairedOnlyWhereOneLongCityAloneIsThatNear() {
        // tuning-1870: a ledger (no address, no landline) whose name read 乌曾木齐….
        assertThat(resolver.withOnlyNearCityRepaired("乌曾木齐中和电子有限公司")).contains("乌鲁木齐中和电子有限公司");
        assertThat(resolver.withOnlyNearCityRepaired("哈尔演正泰康复医院有限公司")).contains("哈尔滨正泰康复医院有限公司");
        // 度门: 厦门, 江门, 荆门 are as near, and a two-character city is too short to tell a slip from another word.
        assertThat(resolver.withOnlyNearCityRepaired("度门丰源建设工程有限公司")).isEmpty();
        // A name that opens with a place, or two characters off.
        assertThat(resolver.withOnlyNearCityRepaired("乌鲁木齐中和电子有限公司")).isEmpty();
        assertThat(resolver.withOnlyNearCityRepaired("乌曾木奇中和电子有限公司")).isEmpty();
    }

    @Test
    void theLongestPlaceANameOpensWithIsFound() {
        assertThat(resolver.openingPlace("乌鲁木齐中和广告有限公司")).contains("乌鲁木齐");
        assertThat(resolver.openingPlace("长沙天润物业服务有限公司")).contains("长沙");
        assertThat(resolver.openingPlace("石家庄市鼎盛商贸有限公司")).contains("石家庄市");
        assertThat(resolver.openingPlace("广东省宏远食品有限公司")).contains("广东省");
        // A firm's own name first, or a place slipped (青鸟 for 青岛), opens with no place.
        assertThat(resolver.openingPlace("天润物业服务有限公司")).isEmpty();
        assertThat(resolver.openingPlace("青鸟宏远电子股份有限公司")).isEmpty();
    }

    @Test
    void aTwoCharacterCityOrACitysFullNameIsNoGroundForARepair() {
        // One slip in two characters is as likely a firm's own name that starts like the city (华为 in 华阴).
        assertThat(resolver.withCityRepaired("杭川明德软件有限公司", resolver.fromAddress("浙江省杭州市西湖区文三路1号").orElseThrow()))
                .isEmpty();
        // 仙桃市's 市 is no slip: 仙桃小商品城 stays as it is.
        Region xiantao = resolver.fromAddress("湖北省仙桃市干河路1号").orElseThrow();
        assertThat(xiantao.city()).isEqualTo("仙桃市");
        assertThat(resolver.withCityRepaired("仙桃小商品城有限公司", xiantao)).isEmpty();
    }
}
