package cn.archive.ingest.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a transaction record (交易记录): when, what, how much in yuan. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Transaction(LocalDate date, String item, BigDecimal amount) {
}
