package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.ocr.FieldReading;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

    private static FieldReading read(String model, String text, double confidence) {
        return new FieldReading(FieldRereads.NAME, 2, 334, 431, 151, 49, text, confidence, model);
    }

    @Test
    void aGivenNamesCharacterRareInNamesYieldsToASureReadingsCommonOne() {
        // tuning-0473: the page read 高舌, the larger model 高 磊 (0.90), bold 高 幌 “ (0.61).
        List<FieldReading> box = List.of(read(FieldReading.LARGE_MODEL, "高 磊", 0.90), read(FieldReading.BOLD, "高 幌 “", 0.61));

        assertThat(PersonNames.likelier("高舌", box)).contains("高磊");
        // tuning-1073: 马磬 as it is, the thin reading 马 磊 (0.91); a three-character name's last character alike.
        assertThat(PersonNames.likelier("马磬", List.of(read(FieldReading.LARGE_MODEL, "马 磬", 0.81),
                read(FieldReading.BOLD, "马 确", 0.81), read(FieldReading.THIN, "马 磊", 0.91)))).contains("马磊");
        assertThat(PersonNames.likelier("周子洱", List.of(read(FieldReading.THIN, "周 子 涵", 0.85)))).contains("周子涵");
    }

    @Test
    void aCommonGivenNameIsNeverChangedNorOneOfRareCharactersOnly() {
        // tuning-0600: 胡子海 read 胡子浩 bold: both common, the readings cannot tell which (the paper says 胡子涵).
        assertThat(PersonNames.likelier("胡子海", List.of(read(FieldReading.BOLD, "胡 子 浩", 0.9)))).isEmpty();
        assertThat(PersonNames.likelier("杨敏", List.of(read(FieldReading.LARGE_MODEL, "杨 敬", 0.95)))).isEmpty();
        // tuning-1183: 胡确 read 胡悠 bold: no reading offers a common character.
        assertThat(PersonNames.likelier("胡确", List.of(read(FieldReading.BOLD, "胡 悠", 0.9)))).isEmpty();
    }

    @Test
    void onlyAReadingSureEnoughThatDiffersInTheGivenNameAloneCounts() {
        assertThat(PersonNames.likelier("高舌", List.of(read(FieldReading.BOLD, "高 磊", PersonNames.LIKELY - 0.01)))).isEmpty();
        // Another surname or another character as well is another name, not this one's given name read right.
        assertThat(PersonNames.likelier("高舌", List.of(read(FieldReading.LARGE_MODEL, "马 磊", 0.95)))).isEmpty();
        assertThat(PersonNames.likelier("高舌畏", List.of(read(FieldReading.LARGE_MODEL, "高 磊 勇", 0.95)))).isEmpty();
        assertThat(PersonNames.likelier("高舌", List.of(read(FieldReading.LARGE_MODEL, "高 磊 杰", 0.95)))).isEmpty();
    }

    @Test
    void readingsOfferingDifferentCommonCharactersLeaveTheNameAsItIs() {
        assertThat(PersonNames.likelier("李帮", List.of(read(FieldReading.BOLD, "李 磊", 0.86),
                read(FieldReading.THIN, "李 强", 0.9)))).isEmpty();
        assertThat(PersonNames.likelier("李帮", List.of(read(FieldReading.BOLD, "李 磊", 0.86),
                read(FieldReading.THIN, "李 磊", 0.9)))).contains("李磊");
    }

    @Test
    void aReadingWithTheNamesLabelGivesWhatFollowsTheLabel() {
        assertThat(PersonNames.likelier("何舌", List.of(read(FieldReading.LARGE_MODEL, "客 户 姓 名 : 何 磊", 0.92))))
                .contains("何磊");
    }

    @Test
    void aNameThePageReadInCommonCharactersOnlyIsNoGivenNameInDoubt() {
        assertThat(PersonNames.givenNameInDoubt("胡海燕")).isFalse();
        assertThat(PersonNames.givenNameInDoubt("杨 敏")).isFalse();
        assertThat(PersonNames.givenNameInDoubt("高舌")).isTrue();
        assertThat(PersonNames.givenNameInDoubt("秋田")).isTrue(); // no common surname
        assertThat(PersonNames.givenNameInDoubt("BASE")).isTrue();
    }

    @Test
    void noCompanyNorANameWithoutACommonSurnameIsWeighed() {
        assertThat(PersonNames.likelier("秋舌", List.of(read(FieldReading.LARGE_MODEL, "秋 磊", 0.95)))).isEmpty();
        assertThat(PersonNames.likelier("长沙天涧软件有限公司", List.of(read(FieldReading.LARGE_MODEL, "长沙天润软件有限公司", 0.95))))
                .isEmpty();
        assertThat(PersonNames.isCommonSurname('王')).isTrue();
        assertThat(PersonNames.isCommonGiven('磊')).isTrue();
        assertThat(PersonNames.isCommonGiven('舌')).isFalse();
    }
}
