/** Letter requests stored while the backend is unreachable, sent at the same resident's next login. */
package id.anjungan.core.outbox;
