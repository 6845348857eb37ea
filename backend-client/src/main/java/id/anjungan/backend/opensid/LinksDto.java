package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The {@code links} block of a paged list; only the presence of {@code next} is used. */
@JsonIgnoreProperties(ignoreUnknown = true)
record LinksDto(String self, String first, String next, String last) {
}
