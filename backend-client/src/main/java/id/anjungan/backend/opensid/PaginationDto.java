package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Paging numbers; strings because PHP may send them either way. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PaginationDto(
        String total,
        String count,
        @JsonProperty("per_page") String perPage,
        @JsonProperty("current_page") String currentPage,
        @JsonProperty("total_pages") String totalPages) {
}
