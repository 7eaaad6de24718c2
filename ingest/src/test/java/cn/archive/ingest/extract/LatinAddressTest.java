package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.ocr.FieldReading;
import cn.archive.ingest.ocr.FieldRegion;
import cn.archive.ingest.ocr.OcrPage;
import cn.archive.ingest.ocr.OcrWord;
import cn.archive.ingest.record.ExtractedFields;
import cn.archive.ingest.record.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An address the page read as Latin letters, read again in Chinese ({@link FieldRereads}, {@link CustomerReader}). */
class LatinAddressTest {

    private static final FieldExtractor EXTRACTOR = new FieldExtractor();

    // A person's file as chi_sim+eng located it (tuning-0945): the address read as letters, no landline to
    // tell the region by.
    private static final List<OcrWord> PERSON = List.of(
            new OcrWord("个人客户档案", 0.95, 1000, 300, 500, 80, 0),
            new OcrWord("客户姓名", 0.95, 250, 520, 200, 50, 1), new OcrWord(":", 0.9, 460, 520, 5, 30, 1),
            new OcrWord("杨志强", 0.95, 500, 520, 150, 50, 1),
            new OcrWord("身份证号", 0.95, 250, 640, 200, 50, 2), new OcrWord(":26643219811211986X", 0.9, 460, 640, 500, 50, 2),
            new OcrWord("住址", 0.88, 250, 760, 106, 51, 3), new OcrWord(":", 0.85, 385, 770, 3, 27, 3),
            new OcrWord("KTH", 0.42, 432, 760, 140, 53, 3), new OcrWord("EX", 0.4, 648, 760, 72, 50, 3),
            new OcrWord("LURE", 0.4, 768, 760, 168, 50, 3), new OcrWord("663", 0.6, 960, 760, 84, 50, 3),
            new OcrWord("=", 0.5, 1062, 760, 38, 50, 3),
            new OcrWord("手机", 0.95, 250, 880, 100, 50, 4), new OcrWord(":18959056077", 0.9, 360, 880, 300, 50, 4));

    private static OcrPage page(List<OcrWord> words, FieldReading... rereads) {
        return new OcrPage("", 0.9, words, 2479, 3508, List.of(rereads));
    }

    private static FieldReading reading(String text, double confidence, String model) {
        return new FieldReading(FieldRereads.ADDRESS, 3, 432, 750, 1800, 70, text, confidence, model);
    }

    @Test
    void anAddressReadAsLettersHasItsCellReadAgainInChineseToTheMargin() {
        List<FieldRegion> boxes = EXTRACTOR.rereadRegions().of(page(PERSON)).stream()
                .filter(r -> r.field().equals(FieldRereads.ADDRESS)).toList();

        assertThat(boxes).hasSize(1);
        FieldRegion box = boxes.get(0);
        assertThat(box.language()).isEqualTo(FieldRegion.CHINESE);
        assertThat(box.row()).isEqualTo(3);
        assertThat(box.x()).isBetween(400, 432);
        // Past the letters' last word (ends 1100) to the text's right margin (2479 - 250).
        assertThat(box.x() + box.width()).isEqualTo(2479 - 250);
        assertThat(box.y()).isLessThan(760);
        assertThat(box.y() + box.height()).isBetween(811, 840);
    }

    @Test
    void anAddressReadInChineseIsNotReadAgain() {
        List<OcrWord> read = new java.util.ArrayList<>(PERSON.subList(0, 8));
        read.add(new OcrWord("湖南省长沙市岳麓区麓山南路663号", 0.9, 432, 760, 900, 50, 3));
        read.addAll(PERSON.subList(13, PERSON.size()));

        assertThat(EXTRACTOR.rereadRegions().of(page(read))).noneMatch(r -> r.field().equals(FieldRereads.ADDRESS));
        assertThat(EXTRACTOR.extract(List.of(page(read))).customer().region().province()).isEqualTo("湖南省");
    }

    @Test
    void theChineseReadingsGiveTheAddressAndItsRegion() {
        ExtractedFields before = EXTRACTOR.extract(List.of(page(PERSON)));
        ExtractedFields after = EXTRACTOR.extract(List.of(page(PERSON,
                reading("湖南省长沙市岳麓区麓山南路663号", 0.9, FieldReading.PAGE_MODEL),
                reading("湖南省长沙市岳麓区麓山南路663号", 0.92, FieldReading.LARGE_MODEL))));

        assertThat(before.customer().region()).isNull();
        assertThat(after.customer().address()).isEqualTo("湖南省长沙市岳麓区麓山南路663号");
        assertThat(after.customer().region()).isEqualTo(new Region("华中", "湖南省", "长沙市"));
        assertThat(after.confidence().get("customer.region")).isGreaterThan(0.5);
    }

    @Test
    void readingsOfTwoPlacesGoToReviewAndReadingsOfNoPlaceGiveNothing() {
        ExtractedFields split = EXTRACTOR.extract(List.of(page(PERSON,
                reading("湖南省长沙市岳麓区麓山南路663号", 0.9, FieldReading.PAGE_MODEL),
                reading("湖北省武汉市洪山区珞喻路663号", 0.92, FieldReading.LARGE_MODEL))));
        assertThat(split.confidence().get("customer.region")).isLessThan(0.5);

        ExtractedFields junk = EXTRACTOR.extract(List.of(page(PERSON,
                reading("一 二 山 663", 0.9, FieldReading.PAGE_MODEL), reading("", 0.0, FieldReading.LARGE_MODEL))));
        assertThat(junk.customer().region()).isNull();
    }
}
