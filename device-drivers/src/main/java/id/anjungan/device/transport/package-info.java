/**
 * How bytes reach a device: serial ports, raw TCP, device files and CUPS raw queues. The only
 * package of device-drivers that touches the operating system.
 */
package id.anjungan.device.transport;
