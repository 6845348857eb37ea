package id.anjungan.ui.i18n;

import id.anjungan.core.session.Said;
import java.util.List;
import java.util.Objects;

/**
 * A text a view model wants shown, before it is put into words: a bundle key with arguments, or a literal sentence
 * from the server (its validation messages are already Indonesian), or both: kiosk-core's sentences carry their key
 * and their Indonesian words, shown as they are should a bundle lack the key. Views turn it into text with
 * {@link Texts}, so a language switch re-words it.
 */
public record Message(String key, List<Object> args, String literal) {

    public Message {
        args = List.copyOf(args);
        if (key == null && literal == null) {
            throw new IllegalArgumentException("a message needs a key or a literal");
        }
    }

    public static Message of(String key, Object... args) {
        return new Message(Objects.requireNonNull(key, "key"), List.of(args), null);
    }

    /** One of kiosk-core's sentences, or null for none. */
    public static Message said(Said said) {
        return said == null ? null : new Message(said.key(), said.args(), said.indonesian());
    }

    public static Message literal(String text) {
        return new Message(null, List.of(), Objects.requireNonNull(text, "text"));
    }
}
