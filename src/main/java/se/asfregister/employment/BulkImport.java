package se.asfregister.employment;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import se.asfregister.common.SwedishClock;
import se.asfregister.employment.EmploymentRecords.ImportResult;

/**
 * The two ways a bulk import of quarterly reports arrives, a CSV file or a JSON array of rows,
 * read into one batch of checked rows and run all or nothing in one transaction with the
 * imports' own timeout, after which a large import gives back its heap ({@link ImportMemory}). A
 * feature's import says how a batch is made and filled and how it runs.
 *
 * @param <B> the feature's batch of rows and their problems
 * @param <J> one row of the JSON array
 */
public abstract class BulkImport<B extends ImportErrors, J> {

    /** Adds the JSON row at {@code row} (from 1) to {@code batch}. */
    @FunctionalInterface
    protected interface JsonRows<B, J> {
        void add(B batch, int row, J value);
    }

    private final Function<Period, B> newBatch;
    private final BiConsumer<InputStream, B> readCsv;
    private final JsonRows<B, J> addJson;

    @Inject
    SwedishClock clock;

    @Inject
    ImportMemory memory;

    /** {@code newBatch} gets the current quarter, the latest a row may report. */
    protected BulkImport(Function<Period, B> newBatch, BiConsumer<InputStream, B> readCsv, JsonRows<B, J> addJson) {
        this.newBatch = newBatch;
        this.readCsv = readCsv;
        this.addJson = addJson;
    }

    /** Checks the batch's rows with what the database knows, then writes them unless {@code dryRun}. */
    protected abstract ImportResult run(B batch, boolean dryRun);

    /**
     * CSV with a header row naming the columns (any order), as a spreadsheet saves it: comma or
     * semicolon separated, UTF-8 or Windows-1252 ({@link ImportCsv}).
     */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = ImportRequest.TRANSACTION_TIMEOUT)
    public ImportResult importCsv(InputStream body, boolean dryRun) {
        B batch = newBatch.apply(Period.current(clock));
        readCsv.accept(body, batch);
        memory.releaseAfter(batch.rowsRead());
        return run(batch, dryRun);
    }

    /** A JSON array of flat rows with the CSV column names as properties. */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = ImportRequest.TRANSACTION_TIMEOUT)
    public ImportResult importJson(List<J> rows, boolean dryRun) {
        B batch = newBatch.apply(Period.current(clock));
        batch.addAll(rows, (row, value) -> addJson.add(batch, row, value));
        memory.releaseAfter(batch.rowsRead());
        return run(batch, dryRun);
    }
}
