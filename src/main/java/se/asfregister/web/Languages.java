package se.asfregister.web;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of an answer: Swedish when Accept-Language prefers sv over en, English otherwise. */
public final class Languages {

    private Languages() {
    }

    public static Locale preferred(HttpHeaders headers) {
        try {
            for (Locale l : headers.getAcceptableLanguages()) {
                if (l.getLanguage().equals(ProblemText.SWEDISH.getLanguage())) {
                    return ProblemText.SWEDISH;
                }
                if (l.getLanguage().equals("en")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (RuntimeException e) {
            // no request in scope, or a header that cannot be parsed: answer in English
        }
        return Locale.ENGLISH;
    }

    public static boolean swedish(Locale locale) {
        return locale.getLanguage().equals(ProblemText.SWEDISH.getLanguage());
    }
}
