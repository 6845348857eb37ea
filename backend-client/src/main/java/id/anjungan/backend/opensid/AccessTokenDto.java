package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The JWT and its lifetime in seconds. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AccessTokenDto(
        String token,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") String expiresIn) {
}
