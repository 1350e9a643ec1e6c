package se.asfregister.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/** The lists of an export's companies are read in chunks of ids; none may be lost at a chunk's edge. */
@QuarkusTest
class CompanyListsTest {

    @Inject
    DataSource ds;

    @BeforeEach
    void clean() {
        TestDb.clear(ds);
    }

    @Test
    void listsOfMoreCompaniesThanOneStatementTakesAreAllRead() {
        Map<String, Object> first = Fixtures.company(50, "Första", "2080");
        first.put("industries", List.of("b", "a"));
        Map<String, Object> last = Fixtures.company(51, "Sista", "2080");
        last.put("socialMedia", List.of("https://example.org/sista"));
        long firstId = Fixtures.createCompany(first);
        long lastId = Fixtures.createCompany(last);

        // ids without a company fill the first chunk, so the two real ones land in different chunks
        List<Long> ids = new ArrayList<>(List.of(firstId));
        for (long id = 1_000_000; ids.size() < 1_500; id++) {
            ids.add(id);
        }
        ids.add(lastId);

        Map<Long, CompanyLists> lists = read(ids);
        assertEquals(ids.size(), lists.size());
        assertEquals(new CompanyLists(List.of("b", "a"), List.of()), lists.get(firstId));
        assertEquals(new CompanyLists(List.of(), List.of("https://example.org/sista")), lists.get(lastId));
        assertEquals(new CompanyLists(List.of(), List.of()), lists.get(1_000_000L));
    }

    @Transactional
    Map<Long, CompanyLists> read(List<Long> ids) {
        return CompanyLists.of(ids);
    }
}
