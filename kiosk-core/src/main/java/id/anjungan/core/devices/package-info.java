/** The kiosk's input devices (card reader, code scanner, fingerprint reader) opened from the configuration. */
package id.anjungan.core.devices;
