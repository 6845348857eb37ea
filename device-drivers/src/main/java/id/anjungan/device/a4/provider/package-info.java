/** The A4 printer types a site file can name: {@code pdf-folder} (demo) and {@code cups}. */
package id.anjungan.device.a4.provider;
