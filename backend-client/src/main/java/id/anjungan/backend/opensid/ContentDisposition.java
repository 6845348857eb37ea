package id.anjungan.backend.opensid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The file name a download suggests, cleaned so it can never name a path. */
final class ContentDisposition {

    private static final Pattern FILE_NAME = Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    private ContentDisposition() {
    }

    static String fileName(String header, String fallback) {
        Matcher matcher = FILE_NAME.matcher(header == null ? "" : header);
        if (!matcher.find()) {
            return fallback;
        }
        String name = matcher.group(1).trim();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return name.isBlank() || name.startsWith(".") ? fallback : name;
    }
}
