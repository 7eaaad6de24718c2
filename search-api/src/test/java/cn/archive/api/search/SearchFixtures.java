package cn.archive.api.search;

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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Customer files as extraction would have produced them, indexed straight into a test index so that
 * each query form can be checked against known answers without OCR.
 */
final class SearchFixtures {

    static final ArchiveRecord XIHU_CONTRACT = record("KH-2023-000417", DocumentType.CONTRACT, "杭州西湖精密机械有限公司",
            CustomerTier.VIP, new Industry("C", "制造业", "机械制造"), new Region("华东", "浙江省", "杭州市"),
            "0571-87654321", "13805712233", "wangjg@xhjm.com.cn", LocalDate.of(2023, 3, 15));
    static final ArchiveRecord XIHU_FORM = record("KH-2023-000418", DocumentType.REGISTRATION_FORM, "杭州西湖精密机械有限公司",
            CustomerTier.VIP, new Industry("C", "制造业", "机械制造"), new Region("华东", "浙江省", "杭州市"),
            "0571-87654321", "13805712233", "wangjg@xhjm.com.cn", LocalDate.of(2023, 4, 1));
    static final ArchiveRecord HUALIAN_GUANGZHOU = record("DA-2021-0335", DocumentType.CONTRACT, "广州华联商贸有限公司",
            CustomerTier.KEY, new Industry("F", "批发和零售业", "连锁零售"), new Region("华南", "广东省", "广州市"),
            null, "13912345678", "sales@hualian.cn", LocalDate.of(2021, 5, 2));
    static final ArchiveRecord HUALIAN_BEIJING = record("KH-2022-000100", DocumentType.FEEDBACK_FORM, "北京华联科技有限公司",
            CustomerTier.STANDARD, new Industry("I", "信息传输、软件和信息技术服务业", "软件开发"),
            new Region("华北", "北京市", "北京市"), "010-66554433", null, null, LocalDate.of(2022, 1, 10));
    /** Files of one logistics customer, enough for several pages. */
    static final int LOGISTICS_FILES = 25;

    private SearchFixtures() {
    }

    static List<ArchiveRecord> all() {
        List<ArchiveRecord> all = new ArrayList<>(List.of(XIHU_CONTRACT, XIHU_FORM, HUALIAN_GUANGZHOU, HUALIAN_BEIJING));
        for (int i = 0; i < LOGISTICS_FILES; i++) {
            all.add(record(String.format("SH-2020-%04d", i), DocumentType.TRANSACTION_RECORD, "上海同心物流有限公司",
                    CustomerTier.STANDARD, new Industry("G", "交通运输、仓储和邮政业", "物流"),
                    new Region("华东", "上海市", "上海市"), "021-5000" + String.format("%04d", i), null, null,
                    LocalDate.of(2020, 1, 1).plusDays(i * 7L)));
        }
        return all;
    }

    static ArchiveRecord record(String archiveNo, DocumentType type, String name, CustomerTier tier, Industry industry,
                                Region region, String phone, String mobile, String email, LocalDate registeredOn) {
        String address = region.province() + (region.province().equals(region.city()) ? "" : region.city())
                + "文三路398号";
        Customer customer = new Customer(name, CustomerType.COMPANY, tier, industry, region, address, "王建国", phone,
                mobile, email);
        String text = "客户档案\n档案编号：" + archiveNo + "\n客户名称：" + name + "\n地址：" + address
                + "\n手机：" + (mobile == null ? "" : mobile) + "\n沟通记录：客户对交货周期提出改进意见";
        String id = sha256(archiveNo);
        return new ArchiveRecord(id, archiveNo + ".jpg", archiveNo, false, type, customer, registeredOn, List.of(),
                List.of(new Communication(registeredOn, "电话", "客户对交货周期提出改进意见")), Map.of(),
                DocumentStatus.INDEXED, null, 1, text, new OriginalInfo("image/jpeg", 100, id), Instant.now());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
