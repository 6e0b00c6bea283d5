package eu.euromedjustice.common.i18n;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for case- and accent-insensitive search and ordering, computed in Java so that H2
 * and PostgreSQL behave alike whatever their collations: "Benalí" and "BENALI" both fold to
 * "benali". Stored next to the original and compared with a portable LIKE.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Letters that carry no separable accent in Unicode but are read as their base letters. */
    private static final String[][] LETTERS = {{"ø", "o"}, {"ł", "l"}, {"đ", "d"}, {"ð", "d"}, {"ß", "ss"},
            {"æ", "ae"}, {"œ", "oe"}, {"ı", "i"}, {"þ", "th"}};
    /** Words a search text is split into, at most; more would only slow the query down. */
    public static final int MAX_WORDS = 5;

    private SearchText() {
    }

    /** Lower case, accents and other combining marks removed, runs of white space made one space. */
    public static String fold(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        for (String[] letter : LETTERS) {
            folded = folded.replace(letter[0], letter[1]);
        }
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    /** The folded text cut to at most {@code length} UTF-16 units without splitting a surrogate pair, for a sort key column. */
    public static String sortKey(String text, int length) {
        String folded = fold(text);
        if (folded.length() <= length) {
            return folded;
        }
        int end = Character.isLowSurrogate(folded.charAt(length)) ? length - 1 : length;
        return folded.substring(0, end);
    }

    /** The folded words of a search, each as a LIKE pattern "contains this word" (with '\' as the escape). */
    public static List<String> wordPatterns(String search) {
        return Arrays.stream(fold(search).split(" ")).filter(word -> !word.isEmpty()).limit(MAX_WORDS)
                .map(word -> "%" + escapeLike(word) + "%").toList();
    }

    /** The text with LIKE's wildcards taken literally (escape character '\'). */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
