package cn.archive.api.document;

import cn.archive.api.access.DocumentGuard;
import cn.archive.ingest.intake.RejectedFileException;
import cn.archive.ingest.pipeline.IngestPipeline;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.store.DocumentStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Documents: upload (stored durably before the 202, OCR'd in the background), the record, and
 * the original streamed from the object store with ETag and Range.
 */
@RestController
class DocumentController {

    private final IngestPipeline pipeline;
    private final DocumentStore store;
    private final ThreadPoolExecutor ingestExecutor;
    private final DocumentGuard guard;
    private final UploadBacklog backlog;

    DocumentController(IngestPipeline pipeline, DocumentStore store, ThreadPoolExecutor ingestExecutor,
                       DocumentGuard guard, UploadBacklog backlog) {
        this.pipeline = pipeline;
        this.store = store;
        this.ingestExecutor = ingestExecutor;
        this.guard = guard;
        this.backlog = backlog;
    }

    /** One uploaded file's outcome. */
    record UploadResult(String file, String id, String status, Boolean duplicate, String error) {
    }

    @PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<UploadResult>> upload(@RequestParam("file") List<MultipartFile> files) throws IOException {
        if (ingestExecutor.getQueue().remainingCapacity() < files.size()) {
            throw new DocumentProblems.Busy(ingestExecutor.getQueue().size());
        }
        List<UploadResult> results = new ArrayList<>();
        RejectedFileException firstRejection = null;
        for (MultipartFile file : files) {
            Path tmp = Files.createTempFile("upload-", ".bin");
            try {
                file.transferTo(tmp);
                IngestPipeline.Accepted accepted = pipeline.accept(tmp, file.getOriginalFilename());
                if (accepted.status() == DocumentStatus.STORED) {
                    backlog.accepted(accepted.id());
                    if (!backlog.submit(accepted.id())) {
                        // Stored durably and in the backlog: read by a later sweep. The 503 still tells the
                        // client to slow down; sending the file again is harmless (a duplicate).
                        throw new DocumentProblems.Busy(ingestExecutor.getQueue().size());
                    }
                }
                results.add(new UploadResult(file.getOriginalFilename(), accepted.id(), accepted.status().name(),
                        accepted.duplicate(), null));
            } catch (RejectedFileException e) {
                firstRejection = firstRejection == null ? e : firstRejection;
                results.add(new UploadResult(file.getOriginalFilename(), null, "REJECTED", null, e.getMessage()));
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        if (firstRejection != null && results.stream().allMatch(r -> r.id() == null)) {
            throw new DocumentProblems.Rejected(firstRejection);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(results);
    }

    @GetMapping("/api/documents/{id}")
    ArchiveRecord record(@PathVariable String id, Authentication auth) throws IOException {
        ArchiveRecord record = store.readManifest(DocumentProblems.validId(id))
                .orElseThrow(() -> new DocumentProblems.NotFound(id));
        return guard.view(record, auth); // region scope (404), audit, masking
    }

    @GetMapping("/api/documents/{id}/original")
    ResponseEntity<StreamingResponseBody> original(@PathVariable String id,
                                                   @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
                                                   @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                                                   Authentication auth)
            throws IOException {
        ArchiveRecord record = store.readManifest(DocumentProblems.validId(id))
                .orElseThrow(() -> new DocumentProblems.NotFound(id));
        guard.download(record, auth, range); // region scope (404), a VIEWER's access request (403), audit
        long size = store.statOriginal(id).orElseThrow(() -> new DocumentProblems.NotFound(id)).size();
        String etag = "\"" + id + "\"";
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
        headers.setContentType(MediaType.parseMediaType(record.original().contentType()));
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(downloadName(record), StandardCharsets.UTF_8).build());
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        ByteRange r = ByteRange.parse(range, size);
        if (r == null) {
            headers.setContentLength(size);
            return ResponseEntity.ok().headers(headers).body(out -> copy(store.openOriginal(id), out));
        }
        headers.setContentLength(r.length());
        headers.set(HttpHeaders.CONTENT_RANGE, "bytes " + r.start() + "-" + r.end() + "/" + size);
        return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT).headers(headers)
                .body(out -> copy(store.openOriginal(id, r.start(), r.length()), out));
    }

    private static void copy(InputStream in, java.io.OutputStream out) throws IOException {
        try (in) {
            in.transferTo(out);
        }
    }

    /** The name it arrived with when there is one, else its archive number or id, with its type's suffix. */
    private static String downloadName(ArchiveRecord record) {
        if (record.file() != null && !record.file().isBlank()) {
            return record.file();
        }
        String ext = switch (record.original().contentType()) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/tiff" -> ".tif";
            default -> ".jpg";
        };
        return (record.archiveNo() != null ? record.archiveNo() : record.id()) + ext;
    }
}
