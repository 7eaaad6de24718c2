package cn.archive.ingest.record;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * 地区: one of the seven geographic areas (or 港澳台), the full official province name, the city.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Region(String area, String province, String city) {
}
