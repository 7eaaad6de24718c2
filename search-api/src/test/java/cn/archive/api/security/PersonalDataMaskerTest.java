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
}
