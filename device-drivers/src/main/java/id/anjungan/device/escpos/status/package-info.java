/** Real-time status ({@code DLE EOT 1..4}): asking, and turning the answers into a printer status. */
package id.anjungan.device.escpos.status;
