package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The e-KTP block; {@code tag_id_card} is the chip tag the village registered. */
@JsonIgnoreProperties(ignoreUnknown = true)
record KtpDto(@JsonProperty("tag_id_card") String tagIdCard) {
}
