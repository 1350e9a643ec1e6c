package se.asfregister.employment;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.asfregister.employment.EmploymentRecords.ImportError;
import se.asfregister.web.Problem;
import se.asfregister.web.ProblemBuilder;
import se.asfregister.web.ProblemText;
import se.asfregister.web.ProblemType;
import se.asfregister.web.RequestIdFilter;

/** The 422 of a refused import: a problem whose errors name the row as well as the column. */
public class ImportProblemMapper extends ProblemBuilder {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportProblem(String type, String title, int status, String detail, List<ImportError> errors,
            int totalErrors, String requestId) {
    }

    @ServerExceptionMapper
    public Response rejected(ImportRejectedException e) {
        Locale locale = locale();
        ProblemType t = ProblemType.UNPROCESSABLE;
        List<ImportError> errors = e.errors().stream()
                .map(x -> new ImportError(x.row(), x.field(), ProblemText.localize(x.message(), locale)))
                .toList();
        ImportProblem body = new ImportProblem(t.uri(), ProblemText.localize(t.title, locale), t.status,
                ProblemText.localize(e.getMessage(), locale), errors, e.totalErrors(), RequestIdFilter.current());
        return problem(t.status, body, locale, new Problem(t.uri(), t.title, t.status, e.getMessage(), null, null))
                .build();
    }
}
