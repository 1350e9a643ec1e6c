package se.asfregister.employment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.asfregister.employment.EmploymentRecords.ImportError;
import se.asfregister.web.Problem;
import se.asfregister.web.ProblemText;
import se.asfregister.web.ProblemType;
import se.asfregister.web.RequestIdFilter;
import se.asfregister.web.Responses;

/** The 422 of a refused import: a problem whose errors name the row as well as the column. */
public class ImportProblemMapper {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportProblem(String type, String title, int status, String detail, List<ImportError> errors,
            int totalErrors, String requestId) {
    }

    @Inject
    ObjectMapper mapper;

    @Inject
    HttpHeaders headers;

    @ServerExceptionMapper
    public Response rejected(ImportRejectedException e) {
        Locale locale = swedish() ? ProblemText.SWEDISH : Locale.ENGLISH;
        ProblemType t = ProblemType.UNPROCESSABLE;
        List<ImportError> errors = e.errors().stream()
                .map(x -> new ImportError(x.row(), x.field(), ProblemText.localize(x.message(), locale)))
                .toList();
        String body;
        try {
            body = mapper.writeValueAsString(new ImportProblem(t.uri(), ProblemText.localize(t.title, locale),
                    t.status, ProblemText.localize(e.getMessage(), locale), errors, e.totalErrors(),
                    RequestIdFilter.current()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            return Responses.problem(mapper, new Problem(t.uri(), t.title, t.status, e.getMessage(), null, null))
                    .build();
        }
        return Response.status(t.status).type(Problem.MEDIA_TYPE).entity(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    /** The same rule as the other problems: Swedish when Accept-Language prefers sv over en. */
    private boolean swedish() {
        try {
            for (Locale l : headers.getAcceptableLanguages()) {
                if (l.getLanguage().equals("sv")) {
                    return true;
                }
                if (l.getLanguage().equals("en")) {
                    return false;
                }
            }
        } catch (RuntimeException ignored) {
            // a header that cannot be parsed: English
        }
        return false;
    }
}
