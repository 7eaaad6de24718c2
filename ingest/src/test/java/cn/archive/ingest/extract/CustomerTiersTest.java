package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.record.CustomerTier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerTiersTest {

    @ParameterizedTest
    @CsvSource({
        "VIP, VIP", "vip客户, VIP", "VIP客户, VIP", "贵宾客户, VIP", "A类客户, VIP", "Ａ类客户, VIP", "A, VIP",
        "重点客户, KEY", "重要客户, KEY", "大客户, KEY", "B类客户, KEY",
        "普通客户, STANDARD", "一般客户, STANDARD", "C类客户, STANDARD", "C, STANDARD",
        "潜在客户, PROSPECT", "意向客户, PROSPECT",
        "V I P 客 户, VIP", "重 点 客 户, KEY",
    })
    void readsEveryWrittenTier(String written, CustomerTier tier) {
        assertThat(CustomerTiers.parse(written)).contains(tier);
    }

    @ParameterizedTest
    @CsvSource({"☑VIP □重点 □普通, VIP", "□VIP ☑重点 □普通, KEY", "□VIP √普通, STANDARD", "口VIP 口重点 普通 口潜在, STANDARD"})
    void takesTheTickedOptionOfAPrintedChecklist(String written, CustomerTier tier) {
        assertThat(CustomerTiers.parse(written)).contains(tier);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"VIP 重点 普通", "D类", "待定", "客户"})
    void returnsEmptyWhenNoSingleTierIsNamed(String written) {
        assertThat(CustomerTiers.parse(written)).isEmpty();
    }

    // 贯宾客户: a real misread of 贵宾客户 on a tuning scan (tuning-0008).
    // Three-step scales archives use besides VIP/重点/普通: each step maps to ours in order.
    @ParameterizedTest
    @CsvSource({
        "金牌客户, VIP", "银牌客户, KEY", "铜牌客户, STANDARD", "金卡, VIP", "银卡, KEY", "普卡, STANDARD",
        "一级客户, VIP", "二级客户, KEY", "三级客户, STANDARD", "一级, VIP", "二级, KEY", "三级, STANDARD",
        "甲类客户, VIP", "乙类客户, KEY", "丙类客户, STANDARD", "钻石客户, VIP", "白金客户, VIP",
        "关键客户, KEY", "常规客户, STANDARD", "标准客户, STANDARD", "普通会员, STANDARD",
        "目标客户, PROSPECT", "储备客户, PROSPECT", "待开发客户, PROSPECT", "准客户, PROSPECT",
        "□一级 ☑二级 □三级, KEY", "SVIP, VIP",
    })
    void readsTheOtherScalesArchivesWrite(String written, CustomerTier tier) {
        assertThat(CustomerTiers.parse(written)).contains(tier);
    }

    @ParameterizedTest
    @ValueSource(strings = {"四级客户", "D类", "战略客户", "一级 二级", "高级会员"})
    void doesNotReadAStepOutsideOurScaleOrAnAmbiguousWord(String written) {
        assertThat(CustomerTiers.parse(written)).isEmpty();
    }

    @Test
    void readsATierPhraseWithOneMisreadCharacter() {
        assertThat(CustomerTiers.parse("贯宾客户")).contains(CustomerTier.VIP);
    }

    // tuning-0516: the box of 一般客户 read again from where the page's reading put the value.
    @ParameterizedTest
    @CsvSource({"般客户, STANDARD", "通客户, STANDARD", "宾客户, VIP", "点客户, KEY", "在客户, PROSPECT"})
    void readsATierPhraseWhoseFirstCharacterWasLost(String cut, CustomerTier tier) {
        assertThat(CustomerTiers.parse(cut)).contains(tier);
    }

    // 类客户 and 级客户 end the A, B and C phrases alike; 户客户 ends none.
    @ParameterizedTest
    @ValueSource(strings = {"类客户", "级客户", "牌客户", "户客户"})
    void doesNotGuessWhichTierLostItsFirstCharacterWhenSeveralEndSo(String cut) {
        assertThat(CustomerTiers.parse(cut)).isEmpty();
    }

    // 普在客户 is one character from both 普通客户 and 潜在客户; D类客户 from three tiers.
    @ParameterizedTest
    @ValueSource(strings = {"普在客户", "D类客户", "某某客户"})
    void doesNotGuessBetweenTiersAMisreadIsEquallyNear(String misread) {
        assertThat(CustomerTiers.parse(misread)).isEmpty();
    }

    @Test
    void twoReadingsOfOneBoxPieceATierTogetherWhereNeitherNamesItAlone() {
        // tuning-1306: 潜在客户 read "裕在窜户" by the page's model and "潘 在 客 尸" by the larger one.
        assertThat(CustomerTiers.parse("裕在窜户")).isEmpty();
        assertThat(CustomerTiers.parse("潘在客尸")).isEmpty();
        assertThat(CustomerTiers.pieced(List.of("HERA", "裕在窜户", "潘 在 客 尸"))).contains(CustomerTier.PROSPECT);
        assertThat(CustomerTiers.pieced(List.of("裕般窜户", "潘在客尸"))).as("一般 and 潜在: two tiers as near").isEmpty();
        assertThat(CustomerTiers.pieced(List.of("C类窜户", "A类客尸"))).as("类客户 is A, B or C").isEmpty();
        assertThat(CustomerTiers.pieced(List.of("裕在窜户"))).as("one reading is no witness to another").isEmpty();
        assertThat(CustomerTiers.pieced(List.of("裕苗窜户", "潘某客户"))).as("nothing of the tier's own characters").isEmpty();
    }

    @Test
    void aLoneTierPhraseWithACharacterLostIsReadOnlyWhereNoWholeOneIs() {
        // tuning-1499: a card whose column of labels was lost, 贵宾客户 read "宾客户".
        String card = "DA-2021-4074    2021 年 02 月 01 日\n宾客户    汽车零部件\n137-8578-9074";
        assertThat(CustomerTiers.lone(card)).isEmpty();
        assertThat(CustomerTiers.loneSlipped(card)).contains(CustomerTier.VIP);
        assertThat(CustomerTiers.loneSlipped("宾客户    般客户")).as("two tiers").isEmpty();
        assertThat(CustomerTiers.loneSlipped("类客户")).as("A, B or C").isEmpty();
        assertThat(CustomerTiers.loneSlipped("我们的宾客户")).as("inside running text").isEmpty();
    }

    @Test
    void aLetterGradeWhose类客TheReadingsGarbledIsReadByItsLetter() {
        // tuning-1402: C类客户 read "@关澡生" and "C 犯 户"; tuning-0677: "6尖深户" and "C 关 宰 户".
        assertThat(CustomerTiers.parse("C犯户")).isEmpty();
        assertThat(CustomerTiers.graded(List.of("@关澡生", "C 犯 户"))).contains(CustomerTier.STANDARD);
        assertThat(CustomerTiers.graded(List.of("6尖深户", "C 关 宰 户"))).contains(CustomerTier.STANDARD);
        assertThat(CustomerTiers.graded(List.of("A 犯 户"))).contains(CustomerTier.VIP);
        assertThat(CustomerTiers.graded(List.of("A 犯 户", "C 关 宰 户"))).as("two grades").isEmpty();
        assertThat(CustomerTiers.graded(List.of("D 类 客 户"))).as("no grade of ours").isEmpty();
        assertThat(CustomerTiers.graded(List.of("CREP"))).as("letters, no 户").isEmpty();
        assertThat(CustomerTiers.graded(List.of("C 关 宰 深 户"))).as("too long for 类客").isEmpty();
    }
}
