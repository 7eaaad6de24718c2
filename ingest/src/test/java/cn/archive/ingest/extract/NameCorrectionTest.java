package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.ocr.FieldReading;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameCorrectionTest {

    /** {@code sure} for every character, {@code doubtful} at the given indexes. */
    static double[] confidences(String name, double sure, double doubtful, int... at) {
        double[] c = new double[name.length()];
        Arrays.fill(c, sure);
        for (int i : at) {
            c[i] = doubtful;
        }
        return c;
    }

    @Test
    void aCharacterThePageReadDoubtfullyIsTakenFromASureLargerModel() {
        // tuning-0045: Debian's chi_sim reads 鼎 as 里 (word 0.17), the larger model reads the line at 0.96.
        String page = "西安里盛建设工程有限公司";

        var fixed = NameCorrection.of(page, confidences(page, 0.93, 0.17, 2), "西安鼎盛建设工程有限公司", 0.96);

        assertThat(fixed).isPresent();
        assertThat(fixed.get().name()).isEqualTo("西安鼎盛建设工程有限公司");
        // The least of what it now rests on: the page's kept words (0.93) and the re-reading (0.96).
        assertThat(fixed.get().confidence()).isEqualTo(0.93);
    }

    @Test
    void aCharacterThePageReadSurelyStaysWhateverTheLargerModelSays() {
        // tuning-0033: 苏州 at 0.93 on the page, 苏川 at 0.94 in the larger model's line.
        String page = "苏州明德农村商业银行有限公司";

        assertThat(NameCorrection.of(page, confidences(page, 0.93, 0.93), "苏川明德农村商业银行有限公司", 0.94)).isEmpty();
    }

    @Test
    void aLargerModelReadingBelowItsSureLineConfidenceChangesNothing() {
        // tuning-0211: 涵 at 0.6 on the page, 润 in a larger-model line of 0.81.
        String page = "吴子涵";

        assertThat(NameCorrection.of(page, confidences(page, 0.87, 0.6, 2), "吴子润", NameCorrection.SURE - 0.09)).isEmpty();
    }

    @Test
    void theFirstOrLastCharacterIsNotReplacedSinceTheBoxEdgeMayCutIt() {
        // tuning-0278: 厦门 at 0.55, read 厨门 by the larger model: a glyph at the box's edge.
        String page = "厦门易盛商贸有限公司";

        var fixed = NameCorrection.of(page, confidences(page, 0.93, 0.3, 0, 1, 2), "厨门鼎盛商贸有限公司", 0.9);

        assertThat(fixed).isPresent();
        assertThat(fixed.get().name()).isEqualTo("厦门鼎盛商贸有限公司");
    }

    @Test
    void whatTheLargerModelAddsOrDropsIsIgnoredAndOnlyShortSubstitutionsCount() {
        String page = "合肥多盛建设工程有限公司";
        double[] conf = confidences(page, 0.95, 0.4, 2);

        // Junk after the name (a rule read as 】) does not stop the 鼎 between agreeing characters.
        assertThat(NameCorrection.of(page, conf, "合肥鼎盛建设工程有限公司】", 0.92).get().name()).isEqualTo("合肥鼎盛建设工程有限公司");
        // Three differing characters in a row are another text, not a misread glyph.
        assertThat(NameCorrection.of(page, confidences(page, 0.4, 0.4), "合台育鼎建设工程有限公司", 0.92)).isEmpty();
        // No Latin letter is taken, and nothing the larger model adds.
        assertThat(NameCorrection.of(page, conf, "合肥S盛建设工程有限公司", 0.92)).isEmpty();
        assertThat(NameCorrection.of(page, conf, "合肥多鼎盛建设工程有限公司", 0.92)).isEmpty();
    }

    @Test
    void aRunOfDifferingCharactersIsReplacedWholeOrNotAtAll() {
        // tuning-0251: 昆明上易盛 (上 at 0.82, 易 at 0.0) for 昆明鼎盛; the larger model reads 昆明鼎盛 at 0.95.
        String page = "昆明上易盛电子有限公司";
        double[] conf = confidences(page, 0.93, 0.0, 3);
        conf[2] = 0.82;

        assertThat(NameCorrection.of(page, conf, "昆明鼎盛电子有限公司", 0.95)).isEmpty();
        conf[2] = 0.5;
        assertThat(NameCorrection.of(page, conf, "昆明鼎盛电子有限公司", 0.95).get().name()).isEqualTo("昆明鼎盛电子有限公司");
    }

    @Test
    void aDoubtfulPageCharacterTheLargerModelSawNothingForIsDropped() {
        // tuning-0398: 华信和餐饮 with 信和 read in one word of 0.22; the larger model reads 华信餐饮 at 0.96.
        String page = "沈阳华信和餐饮管理有限公司";
        double[] conf = confidences(page, 0.93, 0.22, 3, 4);

        assertThat(NameCorrection.of(page, conf, "沈阳华信餐饮管理有限公司", 0.96).get().name()).isEqualTo("沈阳华信餐饮管理有限公司");
        // A surely read character stays though the larger model has none for it.
        assertThat(NameCorrection.of(page, confidences(page, 0.93, 0.93), "沈阳华信餐饮管理有限公司", 0.96)).isEmpty();
    }

    @Test
    void aFairlySureCharacterIsPutRightOnlyWhereBothReadingsOfTheBoxAgree() {
        // tuning-0594: 青鸟 for 青岛, the word at 0.81 (above DOUBT); the larger model reads 岛 as the box is and bold.
        String page = "青鸟宏远电子股份有限公司";
        double[] conf = confidences(page, 0.92, 0.81, 0, 1);

        var fixed = NameCorrection.agreed(page, conf, "青岛宏远电子股份有限公司", 0.95, "青岛宏远电子股份有限公司一", 0.9);

        assertThat(fixed).isPresent();
        assertThat(fixed.get().name()).isEqualTo("青岛宏远电子股份有限公司");
        // The least of the kept page characters' (青, of the same word, at 0.81) and both readings'.
        assertThat(fixed.get().confidence()).isEqualTo(0.81);
        // One reading alone does not overrule it; nor do two that put it right differently.
        assertThat(NameCorrection.of(page, conf, "青岛宏远电子股份有限公司", 0.95)).isEmpty();
        assertThat(NameCorrection.agreed(page, conf, "青岛宏远电子股份有限公司", 0.95, "青鸟宏远电子股份有限公司", 0.95)).isEmpty();
        assertThat(NameCorrection.agreed(page, conf, "青岛宏远电子股份有限公司", 0.95, "青乌宏远电子股份有限公司", 0.95)).isEmpty();
    }

    @Test
    void twoReadingsAgreeingNeedLessLineConfidenceEachThanOneAlone() {
        // tuning-0608: 鼎 read 昂 (word 0.0); the larger model reads 鼎 at 0.89 as the box is and 0.93 bold.
        String page = "石家庄昂盛建设工程股份有限公司";
        double[] conf = confidences(page, 0.93, 0.0, 3);
        FieldReading asItIs = reading("5家庄鼎盛建设工程股份有限公司", 0.89, FieldReading.LARGE_MODEL);

        assertThat(NameCorrection.fromReadings(page, conf, asItIs, Optional.of(reading("5家庄鼎盛建设工程股份有限公司", 0.93,
                FieldReading.BOLD))).map(NameCorrection.Corrected::name)).contains("石家庄鼎盛建设工程股份有限公司");
        // Either reading alone below SURE changes nothing; two agreeing each below BOTH_SURE neither.
        assertThat(NameCorrection.fromReadings(page, conf, asItIs, Optional.empty())).isEmpty();
        assertThat(NameCorrection.agreed(page, conf, "石家庄鼎盛建设工程股份有限公司", NameCorrection.BOTH_SURE - 0.01,
                "石家庄鼎盛建设工程股份有限公司", 0.95)).isEmpty();
    }

    @Test
    void aCharacterThePageReadSurelyStaysEvenWhereBothReadingsAgreeAgainstIt() {
        // tuning-0816: 咨询 at 0.93 on the page; the larger model reads 哈询 both as the box is and bold.
        String page = "深圳星辰教育咨询有限公司";
        double[] conf = confidences(page, 0.93, 0.67, 2, 3);

        assertThat(NameCorrection.agreed(page, conf, "深圳星辰教育哈询有限公司", 0.93, "深圳星辰教育哈询有限公司", 0.95)).isEmpty();
        assertThat(conf[6]).isGreaterThanOrEqualTo(NameCorrection.CHECK);
    }

    @Test
    void aDoubtfulCharacterTheTwoReadingsPutRightDifferentlyStaysAndIsDisputed() {
        // tuning-0778: 天润 read 天涧 (涧 at 0.6); the larger model reads 天添 as the box is, 天润 bold.
        String page = "昆明天涧物业服务有限公司";
        double[] conf = confidences(page, 0.93, 0.6, 3);
        FieldReading asItIs = reading("昆明天添物业服务有限公司", 0.94, FieldReading.LARGE_MODEL);
        FieldReading bold = reading("昆明天润物业服务有限公司", 0.94, FieldReading.BOLD);

        assertThat(NameCorrection.fromReadings(page, conf, asItIs, Optional.of(bold))).isEmpty();
        assertThat(NameCorrection.disputed(page, conf, asItIs, Optional.of(bold))).isTrue();
        // Bold reading agreeing with the larger model's: put right.
        assertThat(NameCorrection.fromReadings(page, conf, asItIs, Optional.of(reading("昆明天添物业服务有限公司", 0.92,
                FieldReading.BOLD))).map(NameCorrection.Corrected::name)).contains("昆明天添物业服务有限公司");
    }

    @Test
    void eachCharacterIsWhatTwoOfTheThreeReadingsReadWhereEachBoxReadingSlippedElsewhere() {
        // tuning-0898: the page 长春立信息子 (息 doubtful), the box 长春立信电孔 as it is and 长春立信电子 bold.
        String page = "长春立信息子有限公司";
        double[] conf = confidences(page, 0.93, 0.6, 4);
        FieldReading asItIs = reading("长春立信电孔有限公司", 0.94, FieldReading.LARGE_MODEL);
        FieldReading bold = reading("长春立信电子有限公司", 0.95, FieldReading.BOLD);

        var fixed = NameCorrection.fromReadings(page, conf, asItIs, Optional.of(bold));
        assertThat(fixed.map(NameCorrection.Corrected::name)).contains("长春立信电子有限公司");
        assertThat(fixed.get().confidence()).isEqualTo(0.93); // the kept page characters', below both readings'
        // tuning-0860: 州 read surely by the page and bold, 川 by the larger model as it is: 州 stays, 宏 is voted in.
        String lanzhou = "兰州安远食品股份有限公司";
        assertThat(NameCorrection.voted(lanzhou, confidences(lanzhou, 0.95, 0.5, 2), "兰川宏远食品股份有限公司", 0.95,
                "兰州宏远食品股份有限公司", 0.94, 2).map(NameCorrection.Corrected::name)).contains("兰州宏远食品股份有限公司");
        // No vote where a character the page read surely is outvoted, where a reading is unsure, or where the
        // three do not align character for character.
        assertThat(NameCorrection.voted(lanzhou, confidences(lanzhou, 0.95, 0.95), "兰川宏远食品股份有限公司", 0.95,
                "兰州宏远食品股份有限公司", 0.94, 2)).isEmpty();
        assertThat(NameCorrection.voted(page, conf, "长春立信电孔有限公司", 0.94, "长春立信电子有限公司",
                NameCorrection.BOTH_SURE - 0.01, 0)).isEmpty();
        assertThat(NameCorrection.voted(page, conf, "长春立信电孔有限公司", 0.94, "长春立信电有限公司", 0.95, 0)).isEmpty();
        // tuning-0388 and four more: 厦门 on the page (its words below CHECK), 厨门 in both box readings. A place the
        // page read is not outvoted (石家庄 here, 家 inside it); nor is a character at the box's edge (厦).
        String xiamen = "厦门瑞丰农村商业银行有限公司";
        assertThat(NameCorrection.voted(xiamen, confidences(xiamen, 0.95, 0.88, 0, 1), "厨门瑞丰农村商业银行有限公司", 0.94,
                "厨门瑞丰农村商业银行有限公司", 0.95, 0)).isEmpty();
        String shijiazhuang = "石家庄瑞丰商贸有限公司";
        double[] doubtfulPlace = confidences(shijiazhuang, 0.95, 0.6, 1);
        assertThat(NameCorrection.voted(shijiazhuang, doubtfulPlace, "石象庄瑞丰商贸有限公习", 0.94, "石象庄瑞丰商贸有限公司",
                0.95, 3)).isEmpty();
        assertThat(NameCorrection.voted(shijiazhuang, doubtfulPlace, "石象庄瑞丰商贸有限公习", 0.94, "石象庄瑞丰商贸有限公司",
                0.95, 0).map(NameCorrection.Corrected::name)).contains("石象庄瑞丰商贸有限公司");
        // Three readings, three characters (tuning-0778): no two agree, nothing is voted in.
        String kunming = "昆明天涧物业服务有限公司";
        assertThat(NameCorrection.voted(kunming, confidences(kunming, 0.93, 0.6, 3), "昆明天添物业服务有限公司", 0.94,
                "昆明天润物业服务有限公司", 0.94, 2)).isEmpty();
    }

    @Test
    void aDoubtfulCharacterIsTakenFromTheLargerModelWhereTheBoldReadingIsNotSure() {
        String page = "合肥多盛建设工程有限公司";
        double[] conf = confidences(page, 0.95, 0.4, 2);
        FieldReading asItIs = reading("合 肥 鼎 盛 建 设 工 程 有 限 公 司", 0.95, FieldReading.LARGE_MODEL);

        assertThat(NameCorrection.fromReadings(page, conf, asItIs, Optional.of(reading("合肥鼎感建设", 0.6, FieldReading.BOLD)))
                .map(NameCorrection.Corrected::name)).contains("合肥鼎盛建设工程有限公司");
        // A box read once (no bold reading): as before, from the larger model's reading alone.
        assertThat(NameCorrection.fromReadings(page, conf, asItIs, Optional.empty()).map(NameCorrection.Corrected::name))
                .contains("合肥鼎盛建设工程有限公司");
        assertThat(NameCorrection.disputed(page, conf, asItIs, Optional.empty())).isFalse();
    }

    @Test
    void aNameBothReadingsReadAsThePageDidIsNotDisputed() {
        String page = "苏州明德农村商业银行有限公司";
        double[] conf = confidences(page, 0.85, 0.85);

        assertThat(NameCorrection.disputed(page, conf, reading(page, 0.95, FieldReading.LARGE_MODEL),
                Optional.of(reading(page, 0.93, FieldReading.BOLD)))).isFalse();
        // A sure reading putting a character read below CHECK right otherwise is a dispute.
        assertThat(NameCorrection.disputed(page, conf, reading("苏川明德农村商业银行有限公司", 0.94, FieldReading.LARGE_MODEL),
                Optional.of(reading(page, 0.93, FieldReading.BOLD)))).isTrue();
        // Characters read at CHECK or above are beyond dispute.
        assertThat(NameCorrection.disputed(page, confidences(page, NameCorrection.CHECK, 0), reading("苏川明德农村商业银行有限公司",
                0.94, FieldReading.LARGE_MODEL), Optional.of(reading(page, 0.93, FieldReading.BOLD)))).isFalse();
    }

    @Test
    void ofADoubledCharacterTheLessSureIsTheOneDropped() {
        // tuning-0252: 中和和餐饮, the real 和 at 0.97, a ghost 和 beside it at 0.85; both readings of the box: 中和餐饮.
        String page = "昆明中和和餐饮管理股份有限公司";
        double[] conf = confidences(page, 0.94, 0.85, 4);
        conf[3] = 0.97;

        var fixed = NameCorrection.agreed(page, conf, "昆明中和餐饮管理股份有限公司", 0.95, "昆明中和餐饮管理股份有限公司", 0.95);

        assertThat(fixed.map(NameCorrection.Corrected::name)).contains("昆明中和餐饮管理股份有限公司");
        assertThat(fixed.get().confidence()).isEqualTo(0.94); // the ghost's 0.85 is gone with it
        // Read surely, neither twin is dropped.
        conf[4] = 0.97;
        assertThat(NameCorrection.agreed(page, conf, "昆明中和餐饮管理股份有限公司", 0.95, "昆明中和餐饮管理股份有限公司", 0.95)).isEmpty();
    }

    private static FieldReading reading(String text, double confidence, String model) {
        return new FieldReading(FieldRereads.NAME, 0, 0, 0, 10, 10, text, confidence, model);
    }

    @Test
    void theAlignmentPairsCharactersLeftToRight() {
        assertThat(NameCorrection.align("abc", "axc")).extracting(s -> s[0] + ":" + s[1])
                .containsExactly("0:0", "1:1", "2:2");
        assertThat(NameCorrection.align("abc", "ac")).extracting(s -> s[0] + ":" + s[1])
                .containsExactly("0:0", "1:-1", "2:1");
        assertThat(NameCorrection.align("ac", "abc")).extracting(s -> s[0] + ":" + s[1])
                .containsExactly("0:0", "-1:1", "1:2");
    }
}
