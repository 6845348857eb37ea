/**
 * {@link id.anjungan.backend.opensid.OpenSidApiClient}: the port over OpenSID's REST API v1. Every record in this
 * package is a DTO mirroring the JSON and must ignore unknown fields ({@code DtoToleranceTest} enforces it); keep
 * other records elsewhere.
 */
package id.anjungan.backend.opensid;
