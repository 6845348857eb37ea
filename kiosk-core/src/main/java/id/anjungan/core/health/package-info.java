/** Kiosk health and metrics for Spring Boot Actuator on the local management port. */
package id.anjungan.core.health;
