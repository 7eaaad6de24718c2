package cn.archive.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcrSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theLargerModelIsFoundWhereTheLauncherPutsIt() throws Exception {
        Path model = Files.createDirectories(dir.resolve(OcrSettings.REREAD_MODEL));
        Files.writeString(model.resolve("chi_sim.traineddata"), "model");

        OcrSettings s = OcrSettings.defaults(Map.of("XDG_CACHE_HOME", dir.toString()));

        assertThat(s.rereadDataPath()).isEqualTo(model);
        assertThat(s.largeRereadModel()).isTrue();
        assertThat(s.dataPath()).isNotEqualTo(model); // the pages stay on Debian's model
    }

    @Test
    void withoutTheLargerModelReReadsUseThePagesOwn() {
        OcrSettings s = OcrSettings.defaults(Map.of("XDG_CACHE_HOME", dir.toString()));

        assertThat(s.rereadDataPath()).isEqualTo(s.dataPath());
        assertThat(s.largeRereadModel()).isFalse();
    }

    @Test
    void aGivenReReadFolderWithoutTheModelIsAnErrorNamingIt() {
        assertThatThrownBy(() -> OcrSettings.defaults(Map.of("ARCHIVE_OCR_REREAD_DATA", dir.toString())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("chi_sim.traineddata");
    }
}
