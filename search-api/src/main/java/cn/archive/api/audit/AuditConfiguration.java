package cn.archive.api.audit;

import cn.archive.ingest.index.SearchIndex;
import cn.archive.ingest.store.DocumentStore;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail over the archive's object store, and its search index beside the documents'. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditTrail auditTrail(DocumentStore documents) {
        return new AuditTrail(documents.objects());
    }

    @Bean
    AuditIndex auditIndex(SearchIndex documents) throws IOException {
        AuditIndex index = new AuditIndex(documents);
        index.ensureIndex();
        return index;
    }
}
