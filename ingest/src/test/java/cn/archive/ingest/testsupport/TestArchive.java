package cn.archive.ingest.testsupport;

import cn.archive.ingest.extract.FieldExtractor;
import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.ocr.DocumentReader;
import cn.archive.ingest.ocr.OcrEnginePool;
import cn.archive.ingest.ocr.OcrSettings;
import cn.archive.ingest.pipeline.IngestPipeline;
import cn.archive.ingest.pipeline.PipelineSettings;
import cn.archive.ingest.pipeline.RecordReader;
import cn.archive.ingest.store.DocumentStore;
import cn.archive.ingest.store.S3ObjectStore;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * A whole archive for one test class on the real services: its own bucket and index alias, an
 * OCR engine, and a pipeline that may talk to Elasticsearch and S3 through other URLs (a
 * {@link TcpForwarder}) than the direct ones the test checks with.
 */
public final class TestArchive implements AutoCloseable {

    public final ArchiveServices.Endpoints services = ArchiveServices.get();
    public final String bucket = services.newBucket();
    public final String alias = services.newAlias();
    /** Direct to the services: what the test checks with. */
    public final DocumentStore store;
    public final SearchIndex index;
    public final OcrEnginePool engines;

    public TestArchive() throws IOException {
        S3ObjectStore objects = new S3ObjectStore(services.s3Endpoint(), services.accessKey(), services.secretKey(), bucket);
        objects.ensureBucket();
        store = new DocumentStore(objects);
        index = new SearchIndex(services.esUrl(), alias);
        index.ensureIndex();
        engines = new OcrEnginePool(OcrSettings.defaults(Map.of()), 2);
    }

    /** A store of this archive reached through {@code s3Url}. */
    public DocumentStore storeAt(String s3Url) {
        return new DocumentStore(new S3ObjectStore(s3Url, services.accessKey(), services.secretKey(), bucket));
    }

    /** A pipeline reaching the services at the given URLs, retrying the index quickly. */
    public IngestPipeline pipeline(DocumentStore via, SearchIndex indexVia) {
        return new IngestPipeline(new RecordReader(new DocumentReader(engines), new FieldExtractor(),
                PipelineSettings.defaults()), via, indexVia, Duration.ofMillis(200), Duration.ofSeconds(2));
    }

    public IngestPipeline pipeline() {
        return pipeline(store, index);
    }

    /** The environment the command line needs to reach this archive. */
    public Map<String, String> cliEnvironment() {
        return Map.of("ARCHIVE_ES_URL", services.esUrl(), "ARCHIVE_S3_ENDPOINT", services.s3Endpoint(),
                "ARCHIVE_S3_ACCESS_KEY", services.accessKey(), "ARCHIVE_S3_SECRET_KEY", services.secretKey(),
                "ARCHIVE_S3_BUCKET", bucket, "ARCHIVE_INDEX_ALIAS", alias, "OMP_THREAD_LIMIT", "1");
    }

    @Override
    public void close() throws IOException {
        engines.close();
        index.close();
    }
}
