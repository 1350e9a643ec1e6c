package se.asfregister.employment;

import java.util.List;
import se.asfregister.employment.EmploymentRecords.ImportError;

/** An import with invalid rows: answered 422 listing them, and nothing is written. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportError> errors;
    private final int totalErrors;

    public ImportRejectedException(String detail, List<ImportError> errors, int totalErrors) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
        this.totalErrors = totalErrors;
    }

    public List<ImportError> errors() {
        return errors;
    }

    public int totalErrors() {
        return totalErrors;
    }
}
