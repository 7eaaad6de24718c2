package cn.archive.ingest.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * The gate every file passes before anything else reads it (入库检查): size limits and a type
 * decided from its bytes by Tika, never from its name, so an HTML file called {@code .pdf} is
 * recognised for what it is.
 */
public final class FileIntake {

    /** Types the archive reads: scans as images, multi-page TIFF, and PDF (scanned or born-digital). */
    public static final Set<String> ACCEPTED_TYPES = Set.of("image/jpeg", "image/png", "image/tiff", "application/pdf");

    private final Tika tika = new Tika();
    private final long maxBytes;

    /** @param maxBytes the largest file accepted, in bytes */
    public FileIntake(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Checks the file and returns its media type; the file name is never trusted for the type. */
    public String check(Path file) throws RejectedFileException, IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new RejectedFileException(RejectedFileException.Reason.EMPTY, "the file is empty (0 bytes)");
        }
        if (size > maxBytes) {
            throw new RejectedFileException(RejectedFileException.Reason.TOO_LARGE, "the file has " + size
                    + " bytes, more than the limit of " + maxBytes + " bytes; split it or raise the limit");
        }
        String type;
        try (InputStream in = Files.newInputStream(file)) {
            // Detection from the bytes alone: no file name hint, so a misnamed file cannot pass.
            type = MediaType.parse(tika.detect(in, new Metadata())).getBaseType().toString();
        }
        if (!ACCEPTED_TYPES.contains(type)) {
            throw new RejectedFileException(RejectedFileException.Reason.UNSUPPORTED_TYPE, "the file's content is "
                    + type + ", which the archive does not read; accepted are JPEG, PNG, TIFF and PDF");
        }
        return type;
    }
}
