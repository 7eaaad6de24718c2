package cn.archive.api.config;

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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the ingest library into the service. The bucket and the index are created on start, so a
 * misconfigured store or index stops the app with a clear message instead of failing per request.
 */
@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ArchiveConfiguration.class);

    @Bean
    DocumentStore documentStore(ArchiveProperties props) throws IOException {
        ArchiveProperties.S3 s3 = props.s3();
        S3ObjectStore objects = new S3ObjectStore(s3.endpoint(), s3.accessKey(), s3.secretKey(), s3.bucket());
        objects.ensureBucket();
        return new DocumentStore(objects);
    }

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(ArchiveProperties props) throws IOException {
        SearchIndex index = new SearchIndex(props.esUrl(), props.indexAlias());
        try {
            index.ensureIndex();
        } catch (IOException e) {
            index.close();
            throw new IOException("Elasticsearch at " + props.esUrl() + " did not answer (" + e.getMessage()
                    + "): start it with './archive start' or fix ARCHIVE_ES_URL", e);
        }
        if (index.rollOutNeeded()) {
            // Searches still answer from the old index; the operator decides when to rebuild.
            log.warn("The search index '{}' was built with an older mapping than version {}: run './archive reindex' "
                    + "once (searches keep answering meanwhile) for the new mapping's lookups and highlights",
                    props.indexAlias(), SearchIndex.MAPPING_VERSION);
        }
        return index;
    }

    @Bean(destroyMethod = "close")
    OcrEnginePool ocrEnginePool(ArchiveProperties props) {
        return new OcrEnginePool(OcrSettings.defaults(System.getenv()), props.ingest().workerCount());
    }

    @Bean
    RecordReader recordReader(OcrEnginePool engines, ArchiveProperties props) {
        return new RecordReader(new DocumentReader(engines), new FieldExtractor(),
                new PipelineSettings(props.ingest().maxFileSize().toBytes(), props.ingest().reviewThreshold()));
    }

    @Bean
    IngestPipeline ingestPipeline(RecordReader reader, DocumentStore store, SearchIndex index) {
        return new IngestPipeline(reader, store, index);
    }

    /** OCR work behind uploads: one thread per core and a bounded queue (503 when it is full). */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolExecutor ingestExecutor(ArchiveProperties props) {
        int workers = props.ingest().workerCount();
        return new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(props.ingest().queueCapacity()), new ThreadPoolExecutor.AbortPolicy());
    }
}
