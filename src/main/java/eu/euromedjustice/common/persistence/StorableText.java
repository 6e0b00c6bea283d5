package eu.euromedjustice.common.persistence;

/**
 * What text the service accepts from clients, in bodies and parameters alike: nothing that one of
 * the supported databases refuses or that garbles a log line. PostgreSQL cannot store NUL nor
 * half of a UTF-16 surrogate pair; other control characters (but tab and line breaks) have no
 * place in any field.
 */
public final class StorableText {

    public static final String PROBLEM = "must not contain control characters or unpaired surrogates";

    private StorableText() {
    }

    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
