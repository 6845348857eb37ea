/**
 * The kiosk box's own GPIO (presence sensor, help button, status LED, printer power relay) through
 * Pi4J 2, behind {@link id.anjungan.device.api.KioskIo}. Real providers (gpiod, linuxfs) at run
 * time; the mock provider only in tests, and refused at start-up anywhere else.
 */
package id.anjungan.device.gpio;
