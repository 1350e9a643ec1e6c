package se.asfregister.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.TestDb;

/**
 * Every text filter: case-insensitive for å, ä, ö, wildcards literal ({@link TextSearchChecks}).
 * The PostgreSQL twin runs on the test server's default character type (C.UTF-8);
 * {@link TextSearchCtypeCIT} runs the same checks on a database created with LC_CTYPE=C.
 */
@QuarkusTest
public class TextSearchTest {

    @Inject
    DataSource ds;

    private final TextSearchChecks checks = new TextSearchChecks(Api::given);

    @BeforeEach
    void fixtures() {
        TestDb.clear(ds);
        checks.createFixtures();
    }

    @Test
    void municipalityNamesMatchWhateverTheCase() {
        checks.municipalityNamesMatchWhateverTheCase();
    }

    @Test
    void companyNamesMatchWhateverTheCaseAndWildcardsAreLiteral() {
        checks.companyNamesMatchWhateverTheCaseAndWildcardsAreLiteral();
    }

    @Test
    void industriesMatchWholeWhateverTheCase() {
        checks.industriesMatchWholeWhateverTheCase();
    }

    @Test
    void activityTopicsMatchWholeWhateverTheCase() {
        checks.activityTopicsMatchWholeWhateverTheCase();
    }

    @Test
    void userNamesMatchWithLiteralWildcards() {
        checks.userNamesMatchWithLiteralWildcards();
    }
}
