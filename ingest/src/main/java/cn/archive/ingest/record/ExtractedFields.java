package cn.archive.ingest.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What field extraction read off a document's text. A field that could not be read is null,
 * never guessed; every field that was read has an entry in {@code confidence}.
 */
public record ExtractedFields(
        String archiveNo,
        DocumentType documentType,
        Customer customer,
        LocalDate registeredOn,
        List<Transaction> transactions,
        List<Communication> communications,
        Map<String, Double> confidence) {
}
