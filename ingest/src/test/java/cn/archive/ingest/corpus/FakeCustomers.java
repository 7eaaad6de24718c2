package cn.archive.ingest.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Invents plausible customers (客户) for the scan corpus: a company in one of thirty-one cities
 * with a matching landline area code, or a person; all drawn from a seeded {@link Random}.
 */
final class FakeCustomers {

    /** A city with what a paper from there carries: province, area, area code, a district and a road. */
    record City(String province, String shortProvince, String city, String area, String areaCode,
                String district, String road) {
        boolean municipality() {
            return province.equals(city);
        }
    }

    /** How a clerk writes the industry, its GB/T 4754 section, and a word for a company name. */
    record Trade(String raw, String code, String name, String companyWord) {
    }

    static final List<City> CITIES = List.of(
            new City("浙江省", "浙江", "杭州市", "华东", "0571", "西湖区", "文三路"),
            new City("浙江省", "浙江", "宁波市", "华东", "0574", "鄞州区", "中山东路"),
            new City("江苏省", "江苏", "苏州市", "华东", "0512", "姑苏区", "人民路"),
            new City("江苏省", "江苏", "南京市", "华东", "025", "鼓楼区", "中山北路"),
            new City("上海市", "上海", "上海市", "华东", "021", "浦东新区", "张江路"),
            new City("北京市", "北京", "北京市", "华北", "010", "海淀区", "中关村大街"),
            new City("天津市", "天津", "天津市", "华北", "022", "南开区", "卫津路"),
            new City("河北省", "河北", "石家庄市", "华北", "0311", "长安区", "中山东路"),
            new City("山西省", "山西", "太原市", "华北", "0351", "小店区", "长风街"),
            new City("辽宁省", "辽宁", "沈阳市", "东北", "024", "和平区", "南京北街"),
            new City("吉林省", "吉林", "长春市", "东北", "0431", "朝阳区", "人民大街"),
            new City("黑龙江省", "黑龙江", "哈尔滨市", "东北", "0451", "南岗区", "西大直街"),
            new City("安徽省", "安徽", "合肥市", "华东", "0551", "蜀山区", "长江西路"),
            new City("福建省", "福建", "厦门市", "华东", "0592", "思明区", "湖滨南路"),
            new City("江西省", "江西", "南昌市", "华东", "0791", "东湖区", "八一大道"),
            new City("山东省", "山东", "青岛市", "华东", "0532", "市南区", "香港中路"),
            new City("河南省", "河南", "郑州市", "华中", "0371", "金水区", "花园路"),
            new City("湖北省", "湖北", "武汉市", "华中", "027", "洪山区", "珞喻路"),
            new City("湖南省", "湖南", "长沙市", "华中", "0731", "岳麓区", "麓山南路"),
            new City("广东省", "广东", "广州市", "华南", "020", "天河区", "天河北路"),
            new City("广东省", "广东", "深圳市", "华南", "0755", "南山区", "科技园路"),
            new City("广西壮族自治区", "广西", "南宁市", "华南", "0771", "青秀区", "民族大道"),
            new City("海南省", "海南", "海口市", "华南", "0898", "龙华区", "滨海大道"),
            new City("重庆市", "重庆", "重庆市", "西南", "023", "渝中区", "民生路"),
            new City("四川省", "四川", "成都市", "西南", "028", "武侯区", "人民南路"),
            new City("贵州省", "贵州", "贵阳市", "西南", "0851", "云岩区", "中华北路"),
            new City("云南省", "云南", "昆明市", "西南", "0871", "五华区", "东风西路"),
            new City("陕西省", "陕西", "西安市", "西北", "029", "雁塔区", "长安南路"),
            new City("甘肃省", "甘肃", "兰州市", "西北", "0931", "城关区", "东岗西路"),
            new City("新疆维吾尔自治区", "新疆", "乌鲁木齐市", "西北", "0991", "天山区", "解放北路"),
            new City("宁夏回族自治区", "宁夏", "银川市", "西北", "0951", "兴庆区", "解放东街"));

    static final List<Trade> TRADES = List.of(
            new Trade("机械制造", "C", "制造业", "精密机械"),
            new Trade("汽车零部件", "C", "制造业", "汽车配件"),
            new Trade("电子元器件", "C", "制造业", "电子"),
            new Trade("食品加工", "C", "制造业", "食品"),
            new Trade("建筑工程", "E", "建筑业", "建设工程"),
            new Trade("连锁零售", "F", "批发和零售业", "商贸"),
            new Trade("物流运输", "G", "交通运输、仓储和邮政业", "物流"),
            new Trade("餐饮服务", "H", "住宿和餐饮业", "餐饮管理"),
            new Trade("软件开发", "I", "信息传输、软件和信息技术服务业", "软件"),
            new Trade("商业银行", "J", "金融业", "农村商业银行"),
            new Trade("物业管理", "K", "房地产业", "物业服务"),
            new Trade("广告设计", "L", "租赁和商务服务业", "广告"),
            new Trade("教育培训", "P", "教育", "教育咨询"),
            new Trade("医院", "Q", "卫生和社会工作", "康复医院"));

    private static final List<String> BRANDS = List.of("西湖", "恒达", "华信", "鼎盛", "瑞丰", "金桥", "宏远", "新康",
            "永泰", "博雅", "天润", "中和", "嘉禾", "星辰", "明德", "远航", "正泰", "立信", "汇通", "丰源");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
            "勇", "艳", "杰", "涛", "明", "超", "秀英", "建国", "志强", "晓东", "海燕", "文博", "佳怡", "子涵");
    private static final List<String> LATIN = List.of("wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang",
            "zhou", "wu", "xu", "sun");
    private static final List<String> MOBILE_PREFIXES = List.of("138", "139", "137", "135", "150", "152", "158",
            "159", "186", "187", "188", "177", "181", "189", "199", "166");

    private final Random random;

    FakeCustomers(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    City city() {
        return pick(CITIES);
    }

    Trade trade() {
        return pick(TRADES);
    }

    String person() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    String company(City city, Trade trade) {
        String place = city.city().substring(0, city.city().length() - 1);
        String suffix = random.nextInt(4) == 0 ? "股份有限公司" : "有限公司";
        return place + pick(BRANDS) + trade.companyWord() + suffix;
    }

    String address(City city) {
        return city.province() + (city.municipality() ? "" : city.city()) + city.district() + city.road()
                + (1 + random.nextInt(899)) + "号";
    }

    String landline(City city) {
        int digits = city.areaCode().length() == 3 || random.nextBoolean() ? 8 : 7;
        StringBuilder local = new StringBuilder().append(2 + random.nextInt(7));
        while (local.length() < digits) {
            local.append(random.nextInt(10));
        }
        return city.areaCode() + "-" + local;
    }

    String mobile() {
        StringBuilder m = new StringBuilder(pick(MOBILE_PREFIXES));
        while (m.length() < 11) {
            m.append(random.nextInt(10));
        }
        return m.toString();
    }

    String email(String domainHint) {
        String user = pick(LATIN) + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26));
        String domain = domainHint + List.of(".com", ".com.cn", ".cn", ".net").get(random.nextInt(4));
        return user + "@" + domain;
    }

    String domain() {
        StringBuilder d = new StringBuilder();
        for (int i = 0, n = 3 + random.nextInt(4); i < n; i++) {
            d.append((char) ('a' + random.nextInt(26)));
        }
        return d.toString();
    }

    LocalDate date() {
        return LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    String archiveNo(LocalDate on) {
        int n = random.nextInt(3);
        int serial = 1 + random.nextInt(99_999);
        return switch (n) {
            case 0 -> String.format("KH-%d-%06d", on.getYear(), serial);
            case 1 -> String.format("KH%d%05d", on.getYear(), serial);
            default -> String.format("DA-%d-%04d", on.getYear(), serial % 10_000);
        };
    }
}
