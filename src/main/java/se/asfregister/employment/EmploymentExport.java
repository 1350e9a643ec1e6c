package se.asfregister.employment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import se.asfregister.web.Csv;
import se.asfregister.web.Xlsx;

/**
 * CSV export in exactly the import's columns, so that an export imports back unchanged, and
 * the same table in Excel. Rows
 * are read through a forward-only cursor with a bounded fetch size and written as they come:
 * memory stays flat however many reports match.
 */
@ApplicationScoped
public class EmploymentExport {

    private static final int FETCH_SIZE = 1000;

    @Inject
    DataSource dataSource;

    /** Where the export's rows go, one at a time (the list is reused for the next row). */
    private interface RowSink {
        void accept(List<Object> row) throws IOException;
    }

    StreamingOutput csv(ReportFilter filter) {
        return out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            Csv.writeRow(w, Figures.COLUMNS);
            rows(filter, row -> Csv.writeRow(w, row));
            w.flush();
        };
    }

    /** The same rows as an Excel workbook, written by the streaming writer: memory stays flat here too. */
    StreamingOutput xlsx(ReportFilter filter) {
        return out -> {
            try (Xlsx x = new Xlsx(out, Xlsx.header("sheet.employment-reports"), Figures.COLUMNS)) {
                rows(filter, x::row);
            }
        };
    }

    private void rows(ReportFilter filter, RowSink sink) throws IOException {
        ReportFilter.Sql sql = filter.sql();
        String query = "SELECT c.organisation_number, r.period, " + Figure.dbColumns(Figure.ALL, "r.")
                + " FROM employment_report r JOIN company c ON c.id = r.company_id WHERE " + sql.where()
                + " ORDER BY c.organisation_number, r.period";
        try (Connection con = dataSource.getConnection()) {
            // PostgreSQL only uses a cursor (fetch size) inside a transaction
            boolean autoCommit = con.getAutoCommit();
            con.setAutoCommit(false);
            try (PreparedStatement ps = con.prepareStatement(query, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < sql.params().size(); i++) {
                    ps.setObject(i + 1, sql.params().get(i));
                }
                List<Object> row = new ArrayList<>(Figures.COLUMNS.size());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        row.clear();
                        row.add(rs.getString("organisation_number"));
                        row.add(rs.getString("period"));
                        for (Figure f : Figure.ALL) {
                            long v = rs.getLong(f.dbColumn);
                            row.add(rs.wasNull() ? null : v);
                        }
                        sink.accept(row);
                    }
                }
            } finally {
                con.rollback();
                con.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IOException("Export failed", e);
        }
    }
}
