package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "¥128,500.00 | 128500",
        "￥ 128500 | 128500",
        "128500元 | 128500",
        "12.85万元 | 128500",
        "12.85 万 | 128500",
        "RMB 128,500 | 128500",
        "人民币128500.00元整 | 128500",
        "１２８５００元 | 128500",
        "金额：3,200.50 | 3200.50",
        "人民币壹拾贰万捌仟伍佰元整 | 128500",
        "叁仟贰佰元伍角 | 3200.5",
        "壹万零伍佰元整 | 10500",
    })
    void readsAmountsInYuan(String written, BigDecimal yuan) {
        assertThat(Amounts.parse(written)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(yuan));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10 台 ¥128,500.00", "数量 3 金额 128500元"})
    void prefersTheNumberMarkedAsMoney(String written) {
        assertThat(Amounts.parse(written)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("128500"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"无", "10 20", "已结清"})
    void returnsEmptyWhenNoSingleAmountIsWritten(String text) {
        assertThat(Amounts.parse(text)).isEmpty();
    }
}
