package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The {@code meta} block of a paged list. */
@JsonIgnoreProperties(ignoreUnknown = true)
record MetaDto(PaginationDto pagination) {
}
