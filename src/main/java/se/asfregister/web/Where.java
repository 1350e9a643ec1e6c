package se.asfregister.web;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** Builds a Panache/HQL where-clause from optional filters: null values add nothing. */
public final class Where {

    private final String from;
    private final List<String> clauses = new ArrayList<>();
    private final Parameters params = new Parameters();
    private boolean hasParams;

    /** A where-clause alone, for Panache to put after its own {@code from} of the entity. */
    public Where() {
        this(null);
    }

    /** A whole query over {@code from}, an entity and the alias its clauses use ("Activity a"). */
    public Where(String from) {
        this.from = from;
    }

    public Where and(String clause, String param, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.and(param, value);
            hasParams = true;
        }
        return this;
    }

    /** The area filters of the register's lists: one municipality, or every municipality of a county. */
    public Where inArea(String municipalityColumn, String municipality, String county) {
        return and(municipalityColumn + " = :municipality", "municipality", municipality)
                .and(municipalityColumn + " in (select m.code from Municipality m where m.countyCode = :county)",
                        "county", county);
    }

    /** A clause that needs no parameter, added when {@code condition} holds. */
    public Where andIf(boolean condition, String clause) {
        if (condition) {
            clauses.add(clause);
        }
        return this;
    }

    public String query() {
        String where = clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        return from == null ? where : "from " + from + " where " + where;
    }

    public Parameters params() {
        return hasParams ? params : new Parameters();
    }
}
