package se.asfregister.employment;

import java.util.List;
import se.asfregister.web.ApiException;
import se.asfregister.web.Params;
import se.asfregister.web.ProblemType;

/** What every bulk import reads from its request besides the rows' content: the dry-run flag and the JSON array. */
public final class ImportRequest {

    /** The 409's detail when another writer wrote some of the import's reports at the same time. */
    public static final String LOST_RACE = "Reports in this import were written by someone else at the same time; "
            + "send the import again";

    /**
     * The configuration property that holds, in seconds, how long an import's transaction may
     * run: an import is written all or nothing, and the largest one allowed takes longer than the
     * transaction manager's default of 60 s on the embedded database (application.properties).
     */
    public static final String TRANSACTION_TIMEOUT = "asf.import.transaction-timeout-seconds";

    private ImportRequest() {
    }

    /** {@code ?dryRun=true}: check everything, write nothing; a 400 naming the parameter for a bad value. */
    public static boolean dryRun(String value) {
        return Boolean.TRUE.equals(Params.optionalBoolean("dryRun", value));
    }

    /** The rows of a JSON import; a body of {@code null} is a 400. */
    public static <T> List<T> rows(List<T> body) {
        if (body == null) {
            throw new ApiException(ProblemType.MALFORMED_BODY, "The body must be a JSON array of rows");
        }
        return body;
    }
}
