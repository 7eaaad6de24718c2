package cn.archive.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.intake.Sha256;
import cn.archive.ingest.ocr.DocumentReader;
import cn.archive.ingest.ocr.OcrEnginePool;
import cn.archive.ingest.ocr.OcrSettings;
import cn.archive.ingest.record.ArchiveRecord;
import cn.archive.ingest.record.Customer;
import cn.archive.ingest.record.DocumentStatus;
import cn.archive.ingest.store.DocumentStore;
import cn.archive.ingest.store.S3ObjectStore;
import cn.archive.ingest.testsupport.ArchiveServices;
import cn.archive.ingest.testsupport.ScanFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline against a real S3 server and a real Elasticsearch, with real OCR. */
class IngestPipelineIntegrationTest {

    private static OcrEnginePool engines;
    private static SearchIndex index;
    private static DocumentStore store;
    private static IngestPipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() throws Exception {
        ArchiveServices.Endpoints services = ArchiveServices.get();
        S3ObjectStore objects = new S3ObjectStore(services.s3Endpoint(), services.accessKey(), services.secretKey(),
                services.newBucket());
        objects.ensureBucket();
        store = new DocumentStore(objects);
        index = new SearchIndex(services.esUrl(), services.newAlias());
        index.ensureIndex();
        engines = new OcrEnginePool(OcrSettings.defaults(Map.of()), 1);
        pipeline = new IngestPipeline(new RecordReader(new DocumentReader(engines), new FieldExtractor(),
                PipelineSettings.defaults()), store, index);
    }

    @AfterAll
    static void close() throws Exception {
        engines.close();
        index.close();
    }

    private Path scan(String name, List<String> lines) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, ScanFactory.png(ScanFactory.page(lines, ScanFactory.cjkFont(), 0.8, 300, name.hashCode())));
        return file;
    }

    @Test
    void aScanIsStoredByteForByteReadExtractedAndIndexed() throws Exception {
        Path file = scan("form.png", List.of("客户档案登记表", "档案编号：KH-2023-000417", "客户名称：杭州西湖精密机械有限公司",
                "客户等级：VIP客户", "所属行业：机械制造", "地址：浙江省杭州市西湖区文三路398号", "手机：13805712233"));

        IngestOutcome outcome = pipeline.ingest(file, "form.png");

        assertThat(outcome.failed()).as(outcome.reason()).isFalse();
        assertThat(outcome.id()).isEqualTo(Sha256.of(file));
        try (InputStream in = store.openOriginal(outcome.id())) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(file));
        }
        ArchiveRecord manifest = store.readManifest(outcome.id()).orElseThrow();
        assertThat(manifest.status()).isEqualTo(outcome.status()).isIn(DocumentStatus.INDEXED, DocumentStatus.NEEDS_REVIEW);
        assertThat(manifest.archiveNo()).isEqualTo("KH-2023-000417");
        assertThat(manifest.customer().name()).isEqualTo("杭州西湖精密机械有限公司");
        assertThat(manifest.customer().region().province()).isEqualTo("浙江省");
        assertThat(manifest.original().contentType()).isEqualTo("image/png");
        assertThat(index.get(outcome.id())).hasValueSatisfying(r -> assertThat(r.archiveNo()).isEqualTo("KH-2023-000417"));
    }

    @Test
    void theSameBytesTwiceAreOneDocument() throws Exception {
        Path file = scan("twice.png", List.of("客户意见反馈单", "客户名称：南京金陵物流有限公司"));
        Path copy = Files.copy(file, dir.resolve("copy-of-twice.png"));

        IngestOutcome first = pipeline.ingest(file, "twice.png");
        IngestOutcome second = pipeline.ingest(copy, "copy-of-twice.png");

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.duplicate()).isTrue();
        assertThat(store.manifestIds()).containsOnlyOnce(first.id());
    }

    @Test
    void aFileThatIsNotAScanFailsWithAReasonAndNothingIsStored() throws Exception {
        Path html = dir.resolve("contract.pdf");
        Files.writeString(html, "<html><body><script>alert(1)</script></body></html>");
        int before = store.manifestIds().size();

        IngestOutcome outcome = pipeline.ingest(html, "contract.pdf");

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.reason()).contains("text/html").contains("accepted are JPEG, PNG, TIFF and PDF");
        assertThat(store.manifestIds()).hasSize(before);
    }

    @Test
    void aReviewedDocumentIsNotReadAgainByAReingestAProcessOrAReindex() throws Exception {
        Path file = scan("reviewed.png", List.of("客户档案登记表", "客户名称：苏州工业园区精工有限公司"));
        IngestOutcome first = pipeline.ingest(file, "reviewed.png");
        ArchiveRecord read = store.readManifest(first.id()).orElseThrow();
        Customer corrected = new Customer("苏州园区精工科技有限公司", null, null, null, null, null, null, null, null, null);
        ArchiveRecord reviewed = new ArchiveRecord(read.id(), read.file(), read.archiveNo(), read.archiveNoAssigned(),
                read.documentType(), corrected, read.registeredOn(), read.transactions(), read.communications(),
                Map.of("customer.name", 1.0), DocumentStatus.INDEXED, null, read.pages(), read.text(), read.original(),
                read.ingestedAt(), 2, "archivist", Instant.now());
        store.writeManifest(reviewed);
        index.indexAndWait(reviewed);

        IngestOutcome again = pipeline.ingest(Files.copy(file, dir.resolve("reviewed-again.png")), "reviewed-again.png");
        ArchiveRecord processed = pipeline.process(first.id());
        new Reindexer(store, index).rebuild(n -> { });

        assertThat(again.duplicate()).isTrue();
        assertThat(processed).isEqualTo(reviewed);
        assertThat(store.readManifest(first.id())).contains(reviewed);
        assertThat(index.get(first.id())).hasValueSatisfying(r -> {
            assertThat(r.revision()).isEqualTo(2);
            assertThat(r.customer().name()).isEqualTo("苏州园区精工科技有限公司");
        });
    }

    @Test
    void reindexRebuildsTheSameDocumentsFromTheStore() throws Exception {
        pipeline.ingest(scan("r1.png", List.of("客户档案登记表", "客户名称：广州白云贸易有限公司")), "r1.png");
        pipeline.ingest(scan("r2.png", List.of("客户档案登记表", "客户名称：武汉光谷软件有限公司")), "r2.png");
        index.refresh();
        long before = index.count();
        var oldIndices = index.currentIndices();

        Reindexer.Result result = new Reindexer(store, index).rebuild(n -> { });
        index.refresh();

        assertThat(result.indexed()).isEqualTo(before);
        assertThat(index.count()).isEqualTo(before);
        assertThat(index.currentIndices()).containsExactly(result.index()).doesNotContainAnyElementsOf(oldIndices);
    }
}
