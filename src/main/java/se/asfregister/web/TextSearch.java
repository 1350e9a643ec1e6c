package se.asfregister.web;

import java.util.Locale;

/**
 * Case-insensitive text filters that find the same rows on H2 and on PostgreSQL, whatever
 * the database's LC_CTYPE. PostgreSQL's {@code lower()} only lowers the letters its
 * character type knows: in a database created with {@code LC_CTYPE=C} it leaves "Älvdalen"
 * as it is. So the caller's text is lowered in Java, and a column is folded with
 * {@link #fold(String)}: {@code translate()} first maps every upper-case Latin letter that
 * {@code lower()} may miss (Å, Ä, Ö, É, Ü, Ø, …) to its lower case, then {@code lower()}
 * handles ASCII. Scripts other than Latin are lowered only where the database's character
 * type knows them. Search text is matched literally: {@code %} and {@code _} are not wildcards.
 */
public final class TextSearch {

    /** Upper-case Latin-1 and Latin Extended-A letters whose lower case is one character, and those lower cases. */
    private static final String UPPER;
    private static final String LOWER;

    static {
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        for (char c = '\u00C0'; c <= '\u017F'; c++) {
            String l = String.valueOf(c).toLowerCase(Locale.ROOT);
            if (Character.isUpperCase(c) && l.length() == 1 && l.charAt(0) != c) {
                upper.append(c);
                lower.append(l);
            }
        }
        UPPER = upper.toString();
        LOWER = lower.toString();
    }

    /** Appended to a {@code like} whose pattern comes from {@link #containing}. */
    public static final String ESCAPE = " escape '\\'";

    private TextSearch() {
    }

    /** The JPQL expression of {@code column} folded to lower case, the same way on every database. */
    public static String fold(String column) {
        return "lower(translate(" + column + ", '" + UPPER + "', '" + LOWER + "'))";
    }

    /** The caller's text folded to lower case, to compare with {@link #fold(String)} or a column lowered in Java. */
    public static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** A {@code like} pattern that finds {@code text} anywhere, case aside, every character literal. */
    public static String containing(String text) {
        if (text == null) {
            return null;
        }
        return "%" + lower(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
