package id.anjungan.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Every resident-facing text, from the {@code messages} bundles. The language can change at any moment; bound
 * texts follow it. Indonesian is the default, English the second language.
 */
public final class Texts {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "id.anjungan.ui.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(INDONESIAN);
    // looked up per call, never cached in a field a listener updates: a bound text may be re-read while the
    // locale's listeners are still running
    private final Map<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();

    private ResourceBundle bundle() {
        return bundles.computeIfAbsent(locale.get(), Texts::load);
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(), NO_FALLBACK);
    }

    /** The text for a key, with MessageFormat arguments. A missing key fails loudly: every text must be in both bundles. */
    public String get(String key, Object... args) {
        String pattern = bundle().getString(key);
        return new MessageFormat(pattern, locale.get()).format(args);
    }

    /** A message in the current language. */
    public String format(Message message) {
        if (message.key() != null && (message.literal() == null || has(message.key()))) {
            return get(message.key(), message.args().toArray());
        }
        return message.literal();
    }

    /** Whether a key exists in the current bundle. */
    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** A text that follows the language switch. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** Switches between Indonesian and English. */
    public void toggle() {
        locale.set(INDONESIAN.equals(locale.get()) ? ENGLISH : INDONESIAN);
    }

    /** Back to Indonesian, as every new session starts. */
    public void reset() {
        locale.set(INDONESIAN);
    }
}
