/** Records made with a resident's consent: fingerprint template pages and card links, both keyed by hashes. */
package id.anjungan.core.enrolment;
