package cn.archive.ingest.bench;

import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.Communication;
import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.CustomerTier;
import cn.archive.ingest.record.CustomerType;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.record.DocumentType;
import cn.archive.ingest.record.Industry;
import cn.archive.ingest.record.OriginalInfo;
import cn.archive.ingest.record.Region;
import cn.archive.ingest.record.Transaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Customer files made up for the search benchmark (合成档案), with the shapes real ones have: places,
 * area codes and industries from the extraction tables, about three documents per customer, a
 * skew towards the big provinces, and 2–5 KB of form, ledger and note text each. Document {@code i}
 * is always the same, so a load run can ask for values it knows exist.
 */
final class SyntheticRecords {

    private static final String[] WORDS = {"华联", "西湖", "同心", "恒达", "长江", "金桥", "宏图", "新世纪", "东方", "鑫源",
        "永安", "盛世", "天成", "和信", "瑞丰", "中兴", "国泰", "华夏", "海纳", "明珠", "龙腾", "信达", "万家", "德隆"};
    private static final String[] SUFFIXES = {"有限公司", "股份有限公司", "有限责任公司", "集团有限公司"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"建国", "伟", "芳", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳"};
    private static final String[] ITEMS = {"数控车床配件", "办公用品", "软件服务费", "物流运输费", "原材料采购", "设备维修",
        "技术咨询", "广告投放", "仓储服务", "年度维护合同"};
    private static final String[] NOTES = {"客户对交货周期提出改进意见", "回访客户，满意度较高", "客户要求调整付款方式",
        "商谈下一年度合作计划", "客户反映产品质量问题，已安排处理", "客户新增采购需求", "确认合同续签事宜"};
    private static final String[] CHANNELS = {"电话", "面谈", "邮件", "微信"};
    private static final String[] STREETS = {"人民路", "解放路", "中山路", "建设路", "文三路", "和平街", "长江路", "新华路"};

    private final List<String[]> places = new ArrayList<>(); // area code, province, city
    private final Map<String, String> areaOf = new HashMap<>();
    private final List<String[]> industries = new ArrayList<>(); // letter, keyword
    private final Map<String, String> sectionNames = new HashMap<>();
    private final int customers;

    SyntheticRecords(int documents) {
        this.customers = Math.max(1, documents / 3);
        table("provinces.tsv").forEach(r -> areaOf.put(r[0], r[2]));
        table("area-codes.tsv").stream().filter(r -> r.length > 2 && !r[2].isBlank()).forEach(places::add);
        table("industry-keywords.tsv").forEach(industries::add);
        table("industry-sections.tsv").forEach(r -> sectionNames.put(r[0], r[1]));
    }

    /** The archive number of document {@code i}: KH-year-number, unique. */
    static String archiveNo(int i) {
        return String.format("KH-%d-%06d", 2010 + i % 15, i);
    }

    ArchiveRecord document(int i) {
        int c = customerOf(i);
        Random cr = new Random(c * 7919L);
        // Skewed towards the first places (the table starts with the big cities), as real archives are.
        String[] place = places.get((int) (places.size() * Math.pow(cr.nextDouble(), 2.5)));
        String city = place[2];
        String shortCity = city.replaceAll("(市|地区|盟|自治州)$", "");
        String[] industry = industries.get(cr.nextInt(industries.size()));
        String name = shortCity + WORDS[cr.nextInt(WORDS.length)] + WORDS[cr.nextInt(WORDS.length)] + industry[1]
                + SUFFIXES[cr.nextInt(SUFFIXES.length)];
        String person = SURNAMES[cr.nextInt(SURNAMES.length)] + GIVEN[cr.nextInt(GIVEN.length)];
        String mobile = "1" + (3 + cr.nextInt(7)) + String.format("%09d", cr.nextInt(1_000_000_000));
        String phone = place[0] + "-" + (2 + cr.nextInt(8)) + String.format("%07d", cr.nextInt(10_000_000));
        String address = place[1] + (place[1].equals(city) ? "" : city) + STREETS[cr.nextInt(STREETS.length)]
                + (1 + cr.nextInt(999)) + "号";
        CustomerTier tier = CustomerTier.values()[Math.min(3, (int) (4 * Math.pow(cr.nextDouble(), 0.6)))];
        Customer customer = new Customer(name, CustomerType.COMPANY, tier,
                new Industry(industry[0], sectionNames.get(industry[0]), industry[1]),
                new Region(areaOf.get(place[1]), place[1], city), address, person, phone, mobile,
                "contact" + c + "@example.com.cn");

        Random dr = new Random(i * 104729L);
        LocalDate registered = LocalDate.of(2010 + i % 15, 1, 1).plusDays(dr.nextInt(365));
        List<Transaction> transactions = new ArrayList<>();
        List<Communication> communications = new ArrayList<>();
        StringBuilder text = new StringBuilder("客户档案登记表\n档案编号：").append(archiveNo(i)).append("\n客户名称：")
                .append(name).append("\n客户等级：").append(tier).append("\n所属行业：").append(industry[1])
                .append("\n地址：").append(address).append("\n联系人：").append(person).append("\n电话：").append(phone)
                .append("\n手机：").append(mobile).append("\n建档日期：").append(registered).append('\n');
        int target = 700 + dr.nextInt(1000); // characters: 2–5 KB in UTF-8
        while (text.length() < target) {
            LocalDate d = registered.plusDays(dr.nextInt(700));
            if (dr.nextBoolean()) {
                Transaction t = new Transaction(d, ITEMS[dr.nextInt(ITEMS.length)],
                        BigDecimal.valueOf(100 + dr.nextInt(500_000), 2));
                transactions.add(t);
                text.append(t.date()).append(' ').append(t.item()).append(" 金额 ").append(t.amount()).append("元\n");
            } else {
                Communication m = new Communication(d, CHANNELS[dr.nextInt(CHANNELS.length)], NOTES[dr.nextInt(NOTES.length)]);
                communications.add(m);
                text.append(m.date()).append(' ').append(m.channel()).append("沟通：").append(m.summary()).append('\n');
            }
        }
        String id = String.format("%064x", i);
        DocumentType type = DocumentType.values()[dr.nextInt(DocumentType.values().length)];
        return new ArchiveRecord(id, "scan-" + i + ".jpg", archiveNo(i), false, type, customer, registered,
                transactions, communications, Map.of("customer.name", 0.95), DocumentStatus.INDEXED, null,
                1 + dr.nextInt(3), text.toString(), new OriginalInfo("image/jpeg", 300_000, id), Instant.now());
    }

    /** About three documents per customer, the same customer for the same document. */
    int customerOf(int i) {
        return (int) ((i * 2654435761L) % customers);
    }

    private static List<String[]> table(String name) {
        List<String[]> rows = new ArrayList<>();
        try (var in = SyntheticRecords.class.getResourceAsStream("/cn/archive/ingest/extract/" + name);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> rows.add(l.split("\t")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the table " + name, e);
        }
        return rows;
    }
}
