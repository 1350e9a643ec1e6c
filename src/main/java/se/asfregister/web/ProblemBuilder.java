package se.asfregister.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * What every exception mapper shares: the language of the answer ({@link Languages}: Swedish
 * when Accept-Language prefers sv over en), the translation of title, detail and field
 * messages ({@link ProblemText}), and the problem+json response with its Content-Language.
 * A feature with a problem shape of its own (the import's row errors) extends it.
 */
public abstract class ProblemBuilder {

    @Inject
    protected ObjectMapper mapper;

    @Inject
    protected HttpHeaders headers;

    /** The language this request is answered in. */
    protected Locale locale() {
        return Languages.preferred(headers);
    }

    /** A problem of {@code type}, its detail and field messages in the request's language. */
    protected Response.ResponseBuilder problem(ProblemType type, String detail, List<Problem.FieldError> errors) {
        Locale locale = locale();
        List<Problem.FieldError> localized = errors == null ? null : errors.stream()
                .map(f -> new Problem.FieldError(f.field(), ProblemText.localize(f.message(), locale)))
                .toList();
        // A single-field detail repeats its message ("field: message"): rebuild it in the request's language.
        String localizedDetail = localized != null && localized.size() == 1 && detail != null
                && detail.equals(errors.get(0).field() + ": " + errors.get(0).message())
                        ? localized.get(0).field() + ": " + localized.get(0).message()
                        : ProblemText.localize(detail, locale);
        return inLanguage(Responses.problem(mapper, new Problem(type.uri(), ProblemText.localize(type.title, locale),
                type.status, localizedDetail, null, localized)), locale);
    }

    /**
     * A problem body of a feature's own shape, already in {@code locale}; {@code fallback}
     * (a plain problem) if the body cannot be written.
     */
    protected Response.ResponseBuilder problem(int status, Object body, Locale locale, Problem fallback) {
        try {
            return inLanguage(Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(mapper.writeValueAsString(body)), locale);
        } catch (JsonProcessingException e) {
            return Responses.problem(mapper, fallback);
        }
    }

    private static Response.ResponseBuilder inLanguage(Response.ResponseBuilder b, Locale locale) {
        return b.header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}
