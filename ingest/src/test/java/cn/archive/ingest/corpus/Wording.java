package cn.archive.ingest.corpus;

import java.util.List;
import java.util.Random;

/**
 * The printed labels (栏目名称) a paper may use for each field. The tuning split draws only every
 * other synonym; the held-out split draws from all, so it carries labels extraction was never
 * tuned on.
 */
final class Wording {

    static final List<String> ARCHIVE_NO = List.of("档案编号", "档案号", "客户编号", "档号");
    static final List<String> COMPANY = List.of("客户名称", "单位名称", "公司名称", "企业名称", "客户全称");
    static final List<String> PERSON = List.of("客户姓名", "姓名");
    static final List<String> TIER = List.of("客户等级", "客户类别", "客户级别", "客户分类");
    static final List<String> INDUSTRY = List.of("所属行业", "行业类别", "行业分类", "经营行业");
    static final List<String> REGION = List.of("所在地区", "所属区域", "所属地区", "所在区域");
    static final List<String> ADDRESS = List.of("通讯地址", "联系地址", "注册地址", "办公地址", "单位地址", "公司地址");
    static final List<String> HOME = List.of("住址", "家庭住址", "居住地址", "联系地址");
    static final List<String> CONTACT = List.of("联系人", "客户联系人", "对接人");
    static final List<String> PHONE = List.of("联系电话", "办公电话", "固定电话", "单位电话", "电话");
    static final List<String> MOBILE = List.of("手机", "手机号码", "移动电话", "联系手机");
    static final List<String> EMAIL = List.of("电子邮箱", "电子邮件", "E-mail", "邮箱");
    static final List<String> REGISTERED = List.of("建档日期", "登记日期", "填表日期", "建档时间");

    private final Random random;
    private final boolean heldOut;

    Wording(Random random, boolean heldOut) {
        this.random = random;
        this.heldOut = heldOut;
    }

    String label(List<String> synonyms) {
        if (heldOut) {
            return synonyms.get(random.nextInt(synonyms.size()));
        }
        return synonyms.get(2 * random.nextInt((synonyms.size() + 1) / 2));
    }
}
