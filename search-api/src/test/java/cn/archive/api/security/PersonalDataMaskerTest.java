package cn.archive.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.CustomerType;
import org.junit.jupiter.api.Test;

class PersonalDataMaskerTest {

    @Test
    void masksMobilesLandlinesEmailsAndIdNumbersInFreeText() {
        String text = "手机：138 0571 2233 电话：0571-87654321 (010)12345678 邮箱：wangjg@xhjm.com.cn "
                + "身份证号：330106198001011234";

        String masked = PersonalDataMasker.maskText(text);

        assertThat(masked).contains("138****2233").contains("0571-****4321").contains("w***@xhjm.com.cn")
                .contains("3301**********1234")
                .doesNotContain("0571 2233").doesNotContain("87654321").doesNotContain("wangjg")
                .doesNotContain("198001011234");
    }

    @Test
    void cutsALabelledAddressAfterItsDistrict() {
        assertThat(PersonalDataMasker.maskText("地址: 浙江省杭州市西湖区文三路398号\n联系人: 王建国"))
                .isEqualTo("地址: 浙江省杭州市西湖区****\n联系人: 王建国");
        assertThat(PersonalDataMasker.maskText("通讯地址：北京市海淀区中关村大街1号")).isEqualTo("通讯地址：北京市海淀区****");
    }

    @Test
    void masksAStreetAndHouseNumberWrittenWithoutALabel() {
        // An address the record does not hold (not read, or cleared in review) still must not show.
        assertThat(PersonalDataMasker.maskText("客户位于江苏省南京市玄武区文三路398号3楼，联系人王先生"))
                .isEqualTo("客户位于江苏省南京市玄武区****，联系人王先生");
        assertThat(PersonalDataMasker.maskText("送货至中关村大街１号 B座")).isEqualTo("送货至****");
        assertThat(PersonalDataMasker.maskText("人民路一百二十号")).isEqualTo("****");
    }

    @Test
    void keepsCompanyNamesRoadsWithoutANumberAndDocumentNumbers() {
        String text = "杭州西湖精密机械有限公司 延安路支行 合同第3号 2023年3月15日";

        assertThat(PersonalDataMasker.maskText(text)).isEqualTo(text);
    }

    @Test
    void leavesDatesAmountsAndArchiveNumbersAlone() {
        String text = "建档日期：2023-03-15 金额：128500.00 档案编号：KH-2023-000417";

        assertThat(PersonalDataMasker.maskText(text)).isEqualTo(text);
    }

    @Test
    void masksTheCustomersPersonalFieldsButKeepsNameAndRegion() {
        Customer c = new Customer("杭州西湖精密机械有限公司", CustomerType.COMPANY, null, null, null,
                "浙江省杭州市西湖区文三路398号", "王建国", "0571-87654321", "13805712233", "wangjg@xhjm.com.cn");

        Customer masked = PersonalDataMasker.mask(c);

        assertThat(masked.name()).isEqualTo(c.name());
        assertThat(masked.mobile()).isEqualTo("138****2233");
        assertThat(masked.phone()).isEqualTo("0571-****4321");
        assertThat(masked.email()).isEqualTo("w***@xhjm.com.cn");
        assertThat(masked.address()).isEqualTo("浙江省杭州市西湖区****");
    }

    @Test
    void masksTheCustomersOwnStreetWhereverTheTextMentionsIt() {
        Customer c = new Customer("杭州西湖精密机械有限公司", CustomerType.COMPANY, null, null, null,
                "浙江省杭州市西湖区文三路398号", null, null, "13805712233", null);
        cn.archive.ingest.record.ArchiveRecord r = new cn.archive.ingest.record.ArchiveRecord("a".repeat(64), null, null,
                null, null, c, null, null, java.util.List.of(new cn.archive.ingest.record.Communication(null, "电话",
                "回电 13805712233，送货到文三路398号")), null, null, null, 1, "送货到文三路398号仓库\n身份证号：330106198001011234",
                null, null);

        cn.archive.ingest.record.ArchiveRecord masked = PersonalDataMasker.mask(r);

        assertThat(masked.text()).isEqualTo("送货到****仓库\n身份证号：3301**********1234");
        assertThat(masked.communications().get(0).summary()).isEqualTo("回电 138****2233，送货到****");
    }

    @Test
    void personalSpansCoverEachValueAndTheStreetOfALabelledAddress() {
        String text = "地址：浙江省杭州市西湖区文三路398号 手机13805712233";

        java.util.List<String> found = PersonalDataMasker.personalSpans(text, null).stream()
                .map(s -> text.substring(s[0], s[1])).toList();

        assertThat(found).contains("13805712233").anyMatch(s -> s.startsWith("文三路398号"));
        assertThat(found).noneMatch(s -> s.contains("西湖区"));
    }
}
