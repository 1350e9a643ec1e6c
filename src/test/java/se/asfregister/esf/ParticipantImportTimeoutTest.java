package se.asfregister.esf;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.asfregister.esf.ParticipantImportTest.IMPORT;
import static se.asfregister.esf.ParticipantImportTest.csv;
import static se.asfregister.esf.ParticipantImportTest.row;
import static se.asfregister.support.TwoCompanies.FALUN_NO;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.employment.ImportTransactionTimeoutTest;
import se.asfregister.support.Api;
import se.asfregister.support.TestDb;
import se.asfregister.support.TwoCompanies;

/** A participant import, too, may outlast the default transaction timeout (1 s here). */
@QuarkusTest
@TestProfile(ImportTransactionTimeoutTest.ShortDefaultTimeout.class)
public class ParticipantImportTimeoutTest {

    @Inject
    DataSource ds;

    TwoCompanies companies;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        companies = TwoCompanies.create();
    }

    @Test
    void anImportWaitingLongerThanTheDefaultTimeoutIsWrittenWhole() throws Exception {
        Api.given().contentType("text/csv").body(csv(row(FALUN_NO, "2025-Q1", 1))).post(IMPORT).then()
                .statusCode(200).body("created", equalTo(1));
        ImportTransactionTimeoutTest.importWhileLocked(ds,
                "UPDATE participant_report SET version = version WHERE company_id = ?", companies.falun(),
                () -> Api.given().contentType("text/csv").body(csv(row(FALUN_NO, "2025-Q1", 2),
                        row(FALUN_NO, "2025-Q2", 0))).post(IMPORT))
                .then().statusCode(200).body("created", equalTo(1)).body("updated", equalTo(1));
        assertEquals(2, TestDb.count(ds, "participant_report"));
        Api.given().get(EsfFixtures.path(companies.falun(), "2025-Q1")).then().statusCode(200)
                .body("counts.employedAtLeaving.women", equalTo(2));
    }
}
