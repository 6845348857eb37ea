/** Receipt text: code pages, safe transliteration of what a page lacks, and word-wrapping to the paper. */
package id.anjungan.device.escpos.text;
