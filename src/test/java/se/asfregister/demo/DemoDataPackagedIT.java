package se.asfregister.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.asfregister.support.PackagedService;
import se.asfregister.support.PostgresResource;

/**
 * Demo companies are loaded into an empty embedded H2 database only, checked on the two
 * packaged services with demo data switched on (the production default). The database kind
 * is a build-time setting, so only the packages, not the test profiles, show that each one
 * knows the database it was built for.
 */
class DemoDataPackagedIT {

    private static final Map<String, String> DEMO_ON = Map.of("ASF_DEMO_DATA_ENABLED", "true");
    private static final Pattern TOTAL = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");

    @TempDir
    Path dir;

    @Test
    void thePostgresqlPackageLoadsNoDemoCompanies() throws Exception {
        String url = PostgresResource.freshDatabaseUrl();
        try (PackagedService service = PackagedService.postgres(url, dir.resolve("pg"), DEMO_ON).start()) {
            assertEquals(0, companies(service), service.log());
        }
    }

    @Test
    void theH2PackageLoadsTheDemoCompanies() throws Exception {
        try (PackagedService service = PackagedService.h2(dir.resolve("h2"), DEMO_ON).start()) {
            assertEquals(DemoData.companyCount(), companies(service), service.log());
        }
    }

    private static long companies(PackagedService service) throws Exception {
        HttpResponse<String> r = service.get("/api/v1/companies?size=1");
        assertEquals(200, r.statusCode(), r.body());
        Matcher m = TOTAL.matcher(r.body());
        if (!m.find()) {
            throw new AssertionError("no totalItems in " + r.body());
        }
        return Long.parseLong(m.group(1));
    }
}
