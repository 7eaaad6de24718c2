package cn.archive.ingest.record;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * 所属行业 as a GB/T 4754-2017 section.
 *
 * @param code section letter A..T
 * @param name the section's official name (制造业)
 * @param raw  what the paper said (机械制造)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Industry(String code, String name, String raw) {
}
