/**
 * The resident's screen (ARCHITECTURE.md §5-6).
 *
 * <p>Will hold: the JavaFX 21 fullscreen kiosk application and its launcher main, code-built views
 * bound to plain-Java view models (MVVM), the on-screen keypads, resource bundles (Bahasa Indonesia
 * first, English second), the high-contrast CSS theme, and demo mode with its developer panel.
 */
package id.anjungan.ui;
