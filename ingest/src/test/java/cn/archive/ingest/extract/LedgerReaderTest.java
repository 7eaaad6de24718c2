package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.record.Communication;
import cn.archive.ingest.record.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerReaderTest {

    private static LedgerReader.Ledger read(String text) {
        return LedgerReader.read(TextNormalizer.rowLines(text), Set.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-04-02 数控车床配件 ¥128,500.00", "1 2023-04-02 数控车床配件 128500元",
            "1. 2023年4月2日 数控车床配件 12.85万元", "(1) 2023/4/2 数控车床配件 10 台 128,500.00",
            "2023 - 04 - 02 数 控 车 床 配 件 128500", "2023-04-02 数控车床配件 10 件 128,500.00 已结清", "2023.4.2 | 数控车床配件 | 10 | 12,850.00 | 128,500.00 | 已结清"})
    void readsATransactionRowInItsManyLayouts(String row) {
        assertThat(read(row).transactions()).singleElement().satisfies(t -> {
            assertThat(t.date()).isEqualTo(LocalDate.of(2023, 4, 2));
            assertThat(t.item()).isEqualTo("数控车床配件");
            assertThat(t.amount()).isEqualByComparingTo("128500");
        });
    }

    @ParameterizedTest
    @CsvSource({"电话, 电话", "电话回访, 电话", "来电, 电话", "邮件, 邮件", "电子邮件, 邮件", "面谈, 面谈", "微信, 微信",
            "上门拜访, 上门拜访", "拜访, 上门拜访"})
    void readsACommunicationRowWithItsChannel(String written, String channel) {
        List<Communication> rows = read("2023-10-11 " + written + " 客户对交货周期提出改进意见").communications();
        assertThat(rows).containsExactly(new Communication(LocalDate.of(2023, 10, 11), channel, "客户对交货周期提出改进意见"));
    }

    @Test
    void readsAPhoneBillAsATransactionNotACall() {
        assertThat(read("2023-05-01 电话费 200元").transactions())
                .containsExactly(new Transaction(LocalDate.of(2023, 5, 1), "电话费", new BigDecimal("200")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"甲方应于2023年4月30日前支付128500元", "合计 ¥261,200.00", "2023-02-30 刀具 500元",
            "2023-04-02 500元", "序号 日期 项目 金额"})
    void ignoresLinesThatAreNotLedgerRows(String line) {
        LedgerReader.Ledger ledger = read(line);
        assertThat(ledger.transactions()).isEmpty();
        assertThat(ledger.communications()).isEmpty();
    }

    @Test
    void skipsLinesThatHoldLabelledFormFields() {
        LedgerReader.Ledger ledger = LedgerReader.read(List.of("2023-03-15 电话 0571-87654321"), Set.of(0));
        assertThat(ledger.communications()).isEmpty();
    }
}
