package se.asfregister.employment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import se.asfregister.employment.EmploymentRecords.ImportError;

/**
 * The problems of one all-or-nothing import while its rows are checked: every problem is counted
 * and the first {@link #MAX_LISTED_ERRORS} are listed. A row number is what the client can find
 * again: the file line a CSV record starts on, or the position in a JSON array. Shared by every
 * bulk import (employment reports, participant reports), so their 422s read alike.
 */
public class ImportErrors {

    public static final int MAX_LISTED_ERRORS = 1000;

    final List<ImportError> errors = new ArrayList<>();
    int errorCount;
    private final Set<Integer> badRows = new HashSet<>();
    private boolean fileInvalid;
    private int rowsRead;

    /** A problem of one row. */
    public void error(int row, String field, String message) {
        badRows.add(row);
        list(row, field, message);
    }

    /** A problem of the file as a whole (its header, its encoding, its syntax); {@code row} 0 when no line is meant. */
    public void fileError(int row, String field, String message) {
        fileInvalid = true;
        list(row, field, message);
    }

    /**
     * Counts one more row read; false, with one problem of the file at the first row too many,
     * once more than {@code maxRows} have been read.
     */
    protected boolean admit(int row, int maxRows) {
        if (++rowsRead > maxRows) {
            if (rowsRead == maxRows + 1) {
                fileError(row, "row", "an import has at most " + maxRows + " rows; split the file");
            }
            return false;
        }
        return true;
    }

    /** Rows read so far, valid or not. */
    public int rowsRead() {
        return rowsRead;
    }

    /**
     * The rows of a JSON array, handed to {@code add} with their position from 1 as row number;
     * an empty array is a problem of the body, a row that is not an object one of that row.
     */
    public <T> void addAll(List<T> rows, BiConsumer<Integer, T> add) {
        if (rows.isEmpty()) {
            fileError(0, "body", "the array has no rows");
        }
        for (int i = 0; i < rows.size(); i++) {
            T row = rows.get(i);
            if (row == null) {
                error(i + 1, "row", "must be an object");
            } else {
                add.accept(i + 1, row);
            }
        }
    }

    private void list(int row, String field, String message) {
        errorCount++;
        if (errors.size() < MAX_LISTED_ERRORS) {
            errors.add(new ImportError(row, field, message));
        }
    }

    public int errorCount() {
        return errorCount;
    }

    /** The problem's detail when anything was wrong. */
    String detail() {
        String detail = fileInvalid ? "The header or the body is invalid; nothing was imported"
                : badRows.size() + (badRows.size() == 1 ? " row is" : " rows are") + " invalid; nothing was imported";
        if (errorCount > errors.size()) {
            detail += " (the first " + errors.size() + " of " + errorCount + " errors are listed)";
        }
        return detail;
    }

    /** Refuses the import (422, every listed problem) when anything was wrong. */
    public void rejectIfAny() {
        if (errorCount > 0) {
            throw new ImportRejectedException(detail(), errors, errorCount);
        }
    }
}
