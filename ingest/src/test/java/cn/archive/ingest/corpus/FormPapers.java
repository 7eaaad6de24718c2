package cn.archive.ingest.corpus;

import cn.archive.ingest.record.CustomerTier;
import cn.archive.ingest.record.CustomerType;
import cn.archive.ingest.record.DocumentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Composes the registration papers: the 登记表 of label：value lines, the ruled 信息卡 and the
 * person's 个人客户信息登记表. Every value printed is recorded in the ground truth as it should be read.
 */
final class FormPapers {

    private final Random random;
    private final FakeCustomers fake;
    private final Handwriting hand;
    private final Wording words;

    FormPapers(Random random, FakeCustomers fake, Handwriting hand, Wording words) {
        this.random = random;
        this.fake = fake;
        this.hand = hand;
        this.words = words;
    }

    Paper registrationForm() {
        GroundTruth t = company(DocumentType.REGISTRATION_FORM);
        Sheet s = new Sheet(12 + random.nextInt(3));
        s.title(random.nextBoolean() ? "客户档案登记表" : "客户信息登记表");
        List<String> fields = new ArrayList<>();
        fields.add(pair(Wording.ARCHIVE_NO, t.archiveNo));
        fields.add(pair(Wording.REGISTERED, hand.date(t.registeredOn)));
        fields.add(pair(Wording.COMPANY, t.name));
        fields.add(pair(Wording.TIER, hand.tier(t.tier)));
        fields.add(pair(Wording.INDUSTRY, t.trade.raw()));
        if (random.nextBoolean()) {
            fields.add(pair(Wording.REGION, t.city.area() + "地区"));
        }
        fields.add(pair(Wording.ADDRESS, hand.address(t.address, t.city)));
        fields.add(pair(Wording.CONTACT, t.contactPerson));
        fields.add(pair(Wording.PHONE, hand.landline(t.phone)));
        fields.add("传真" + hand.colon() + hand.landline(fake.landline(t.city)));
        fields.add(pair(Wording.MOBILE, hand.mobile(t.mobile)));
        fields.add(pair(Wording.EMAIL, hand.email(t.email)));
        fields.add("邮编" + hand.colon() + (100000 + random.nextInt(800000)));
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            // Short fields share a line, as typed forms do; long ones (name, address) keep theirs.
            if (i + 1 < fields.size() && f.length() < 16 && fields.get(i + 1).length() < 18 && random.nextBoolean()) {
                s.lineAt(Sheet.LEFT, f);
                s.lineAt(320, fields.get(++i));
                s.newLine();
            } else {
                s.line(f);
            }
        }
        s.newLine();
        s.line("经办人" + hand.colon() + fake.person() + "        审核人" + hand.colon() + fake.person());
        s.seal(400, s.y() - 20, t.name);
        return new Paper(PaperKind.REGISTRATION_FORM, List.of(s), t);
    }

    Paper customerCard() {
        GroundTruth t = company(DocumentType.REGISTRATION_FORM);
        Sheet s = new Sheet(11 + random.nextInt(2));
        s.title(random.nextBoolean() ? "客户信息卡" : "客户档案卡");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(words.label(Wording.ARCHIVE_NO), t.archiveNo, words.label(Wording.REGISTERED),
                hand.date(t.registeredOn)));
        rows.add(List.of(words.label(Wording.COMPANY), t.name));
        rows.add(List.of(words.label(Wording.TIER), hand.tier(t.tier), words.label(Wording.INDUSTRY), t.trade.raw()));
        rows.add(List.of(words.label(Wording.ADDRESS), hand.address(t.address, t.city)));
        rows.add(List.of(words.label(Wording.CONTACT), t.contactPerson, words.label(Wording.PHONE), hand.landline(t.phone)));
        rows.add(List.of(words.label(Wording.MOBILE), hand.mobile(t.mobile), words.label(Wording.EMAIL), hand.email(t.email)));
        rows.add(List.of("备注", "按季度回访"));
        new Table(s.body() * 2.6, 50, 135, 300, 385, 545).draw(s, rows);
        s.seal(430, s.y() + 30, t.name);
        return new Paper(PaperKind.CUSTOMER_CARD, List.of(s), t);
    }

    Paper individual() {
        GroundTruth t = new GroundTruth();
        t.documentType = DocumentType.REGISTRATION_FORM;
        t.type = CustomerType.INDIVIDUAL;
        t.name = fake.person();
        t.city = fake.city();
        t.cityKnown = true;
        t.address = fake.address(t.city);
        t.mobile = fake.mobile();
        t.tier = fake.pick(List.of(CustomerTier.values()));
        t.registeredOn = fake.date();
        t.archiveNo = fake.archiveNo(t.registeredOn);
        Sheet s = new Sheet(12 + random.nextInt(3));
        s.title(random.nextBoolean() ? "个人客户信息登记表" : "个人客户档案");
        s.line(pair(Wording.ARCHIVE_NO, t.archiveNo));
        s.lineAt(Sheet.LEFT, pair(Wording.PERSON, t.name));
        s.lineAt(320, "性别" + hand.colon() + (random.nextBoolean() ? "男" : "女"));
        s.newLine();
        s.line("身份证号" + hand.colon() + IdNumbers.make(random, t.registeredOn.getYear() - 25 - random.nextInt(30)));
        s.line(pair(Wording.HOME, hand.address(t.address, t.city)));
        s.line(pair(Wording.MOBILE, hand.mobile(t.mobile)));
        if (random.nextBoolean()) {
            t.email = fake.email(fake.domain());
            s.line(pair(Wording.EMAIL, hand.email(t.email)));
        }
        s.line(pair(Wording.TIER, hand.tier(t.tier)));
        s.line(pair(Wording.REGISTERED, hand.date(t.registeredOn)));
        s.seal(380, s.y() + 10, "客户服务中心");
        return new Paper(PaperKind.INDIVIDUAL, List.of(s), t);
    }

    private String pair(List<String> synonyms, String value) {
        return words.label(synonyms) + hand.colon() + value;
    }

    private GroundTruth company(DocumentType type) {
        GroundTruth t = new GroundTruth();
        t.documentType = type;
        t.type = CustomerType.COMPANY;
        t.city = fake.city();
        t.cityKnown = true;
        t.trade = fake.trade();
        t.name = fake.company(t.city, t.trade);
        t.tier = fake.pick(List.of(CustomerTier.values()));
        t.address = fake.address(t.city);
        t.contactPerson = fake.person();
        t.phone = fake.landline(t.city);
        t.mobile = fake.mobile();
        t.email = fake.email(fake.domain());
        t.registeredOn = fake.date();
        t.archiveNo = fake.archiveNo(t.registeredOn);
        return t;
    }
}
