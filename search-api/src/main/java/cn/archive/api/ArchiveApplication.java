package cn.archive.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The archive's web service: search, records, originals, uploads, and the UI at {@code /}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ArchiveApplication {

    public static void main(String[] args) {
        SpringApplication.run(ArchiveApplication.class, args);
    }
}
