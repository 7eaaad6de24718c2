package cn.archive.ingest.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** One communication with the customer (沟通记录): when, through which channel, what was said. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Communication(LocalDate date, String channel, String summary) {
}
