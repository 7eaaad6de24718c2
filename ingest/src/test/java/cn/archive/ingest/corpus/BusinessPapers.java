package cn.archive.ingest.corpus;

import cn.archive.ingest.record.CustomerTier;
import cn.archive.ingest.record.CustomerType;
import cn.archive.ingest.record.DocumentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Composes the papers of doing business: the two-page 业务约定书 (customer as 甲方 among running
 * text, our own company as 乙方 with its own address and phone), the 客户意见反馈单 and the
 * 客户交易记录 ledger.
 */
final class BusinessPapers {

    private static final String US = "上海数档信息服务有限公司";
    private static final List<String> ITEMS = List.of("数控车床配件", "技术服务费", "年度维保", "软件许可",
            "档案整理服务", "设备租赁", "咨询服务", "培训服务");

    private final Random random;
    private final FakeCustomers fake;
    private final Handwriting hand;
    private final Wording words;

    BusinessPapers(Random random, FakeCustomers fake, Handwriting hand, Wording words) {
        this.random = random;
        this.fake = fake;
        this.hand = hand;
        this.words = words;
    }

    Paper contract() {
        GroundTruth t = company(DocumentType.CONTRACT);
        t.city = t.nameCity;
        t.address = fake.address(t.city);
        t.cityKnown = true;
        t.phone = fake.landline(t.city);
        t.registeredOn = fake.date();
        Sheet p1 = new Sheet(12);
        p1.title(random.nextBoolean() ? "业务约定书" : "客户服务约定书");
        p1.line("合同编号" + hand.colon() + String.format("HT-%d-%04d", t.registeredOn.getYear(), random.nextInt(10_000)));
        if (random.nextInt(3) > 0) {
            t.archiveNo = fake.archiveNo(t.registeredOn);
            p1.line(words.label(Wording.ARCHIVE_NO) + hand.colon() + t.archiveNo);
        }
        p1.line((random.nextBoolean() ? "甲方（委托方）" : "甲方") + hand.colon() + t.name);
        p1.line("地址" + hand.colon() + hand.address(t.address, t.city));
        p1.line("联系电话" + hand.colon() + hand.landline(t.phone));
        if (random.nextBoolean()) {
            t.mobile = fake.mobile();
            p1.line("手机" + hand.colon() + hand.mobile(t.mobile));
        }
        if (random.nextBoolean()) {
            t.email = fake.email(fake.domain());
            p1.line("电子邮箱" + hand.colon() + hand.email(t.email));
        }
        p1.line("乙方（受托方）" + hand.colon() + US);
        p1.line("地址" + hand.colon() + "上海市浦东新区张江路100号");
        p1.line("联系电话" + hand.colon() + "021-5555 6666    手机" + hand.colon() + "13900001111");
        p1.newLine();
        p1.line("甲乙双方经友好协商，就甲方委托乙方提供客户档案");
        p1.line("整理与数字化服务事宜，订立本约定书，共同遵守。");
        p1.line("一、服务期限为一年，服务费用人民币" + (2 + random.nextInt(30)) + "万元整。");
        p1.line("二、乙方对甲方提供的资料负有保密义务。");
        Sheet p2 = new Sheet(12);
        p2.line("三、本约定书一式两份，双方各执一份，具有同等效力。");
        String signed = hand.date(t.registeredOn);
        p2.line("四、本约定书于" + signed + "签订，自签字盖章之日起生效。");
        p2.newLine();
        p2.newLine();
        p2.lineAt(Sheet.LEFT, "甲方（盖章）：");
        p2.lineAt(320, "乙方（盖章）：");
        p2.seal(130, p2.y() + 10, t.name);
        p2.newLine();
        p2.newLine();
        p2.lineAt(Sheet.LEFT, "签订日期" + hand.colon() + signed);
        return new Paper(PaperKind.CONTRACT, List.of(p1, p2), t);
    }

    Paper feedback() {
        GroundTruth t = company(DocumentType.FEEDBACK_FORM);
        t.city = t.nameCity; // the region is known from the phone's area code, the city not always
        t.phone = fake.landline(t.city);
        Sheet s = new Sheet(12 + random.nextInt(2));
        s.title("客户意见反馈单");
        if (random.nextInt(3) > 0) {
            t.archiveNo = fake.archiveNo(fake.date());
            s.line(words.label(Wording.ARCHIVE_NO) + hand.colon() + t.archiveNo);
        }
        s.line(words.label(Wording.COMPANY) + hand.colon() + t.name);
        if (random.nextBoolean()) {
            t.tier = fake.pick(List.of(CustomerTier.values()));
            s.line(words.label(Wording.TIER) + hand.colon() + hand.tier(t.tier));
        }
        s.lineAt(Sheet.LEFT, "反馈日期" + hand.colon() + hand.date(fake.date()));
        s.lineAt(320, "反馈方式" + hand.colon() + fake.pick(List.of("电话", "来访", "邮件")));
        s.newLine();
        t.contactPerson = fake.person();
        s.lineAt(Sheet.LEFT, "联系人" + hand.colon() + t.contactPerson);
        s.lineAt(320, "联系电话" + hand.colon() + hand.landline(t.phone));
        s.newLine();
        s.line("反馈内容" + hand.colon() + fake.pick(List.of("客户对交货周期提出改进意见", "希望增加月度对账",
                "对服务响应速度表示满意", "发票寄送延误，请核查")));
        s.line("处理结果" + hand.colon() + "已安排专人跟进");
        s.line("处理人" + hand.colon() + fake.person());
        s.seal(420, s.y() - 10, "客户服务中心");
        return new Paper(PaperKind.FEEDBACK_FORM, List.of(s), t);
    }

    Paper ledger() {
        GroundTruth t = company(DocumentType.TRANSACTION_RECORD);
        t.archiveNo = fake.archiveNo(fake.date());
        Sheet s = new Sheet(11 + random.nextInt(2));
        s.title(random.nextBoolean() ? "客户交易记录" : "客户业绩记录");
        s.line(words.label(Wording.COMPANY) + hand.colon() + t.name);
        s.lineAt(Sheet.LEFT, words.label(Wording.ARCHIVE_NO) + hand.colon() + t.archiveNo);
        if (random.nextBoolean()) {
            t.trade = fake.trade();
            s.lineAt(320, words.label(Wording.INDUSTRY) + hand.colon() + t.trade.raw());
        }
        s.newLine();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "日期", "项目", "金额（元）", "备注"));
        LocalDate d = fake.date();
        double total = 0;
        for (int i = 1, n = 4 + random.nextInt(4); i <= n; i++) {
            d = d.plusDays(5 + random.nextInt(40));
            double amount = (1 + random.nextInt(2000)) * 50.0;
            total += amount;
            rows.add(List.of(String.valueOf(i), hand.date(d), fake.pick(ITEMS), String.format("%,.2f", amount),
                    random.nextBoolean() ? "已结清" : ""));
        }
        rows.add(List.of("合计", "", "", String.format("¥%,.2f", total)));
        new Table(s.body() * 2.4, 50, 90, 200, 330, 450, 545).draw(s, rows);
        s.seal(440, s.y() + 20, US);
        return new Paper(PaperKind.TRANSACTION_LEDGER, List.of(s), t);
    }

    private GroundTruth company(DocumentType type) {
        GroundTruth t = new GroundTruth();
        t.documentType = type;
        t.type = CustomerType.COMPANY;
        // The name carries a city, but only an address or a phone number makes a region the paper states.
        t.nameCity = fake.city();
        t.name = fake.company(t.nameCity, fake.trade());
        return t;
    }
}
