package cn.archive.api.inbox;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The inbox folder (收件夹) the app watches, from {@code ARCHIVE_INBOX}.
 *
 * @param folder       folder a scanner or a person drops files into; blank turns the inbox off
 * @param pollInterval how often the folder is looked at
 * @param settleTime   a file is taken only when unchanged for this long, so a copy still being written waits
 */
@Validated
@ConfigurationProperties("archive.inbox")
public record InboxProperties(String folder, @NotNull Duration pollInterval, @NotNull Duration settleTime) {

    /** The folder, or null when the inbox is off. */
    public Path path() {
        return folder == null || folder.isBlank() ? null : Path.of(folder);
    }
}
