package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What the region calls its units (Desa, Kelurahan, Nagari ...). */
@JsonIgnoreProperties(ignoreUnknown = true)
record SebutanDto(@JsonProperty("sebutan_desa") String sebutanDesa) {
}
