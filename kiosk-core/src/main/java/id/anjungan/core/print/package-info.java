/** The durable print journal and ticket printing through it. */
package id.anjungan.core.print;
