package se.asfregister.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * The role × endpoint matrix. Every operation in openapi/openapi.yaml is called as anonymous,
 * as a REPORTER for its own and for a foreign company, as ANALYST and as ADMIN; the answer
 * must be 401/403 exactly when the operation's declared {@code x-access} denies that caller.
 * Bodies are empty and writes carry a stale If-Match, so that allowed calls fail validation
 * or the precondition and nothing changes.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    enum Persona {
        ANONYMOUS(null, null), REPORTER_OWN(Api.REPORTER, Api.REPORTER_PASSWORD),
        REPORTER_FOREIGN(Api.REPORTER, Api.REPORTER_PASSWORD), ANALYST(Api.ANALYST, Api.ANALYST_PASSWORD),
        ADMIN(Api.ADMIN, Api.ADMIN_PASSWORD);

        final String user;
        final String password;

        Persona(String user, String password) {
            this.user = user;
            this.password = password;
        }
    }

    record Operation(String method, String path, Access access, String contentType) {
    }

    @Inject
    DataSource ds;

    long ownCompany;
    long foreignCompany;
    long someUser;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        ownCompany = Fixtures.createCompany(1, "Egen Återbruk", "2080");
        foreignCompany = Fixtures.createCompany(2, "Annans Café", "2062");
        SecurityFixtures.bindDemoReporter(ownCompany);
        someUser = SecurityFixtures.userId(Api.ANALYST);
    }

    /** The contract's x-access is what the service's central policy enforces, operation by operation. */
    @Test
    void everyOperationDeclaresTheAccessThePolicyEnforces() throws IOException {
        List<String> mismatches = new ArrayList<>();
        for (Operation op : operations()) {
            Access enforced = AccessPolicy.accessFor(op.method, op.path);
            if (op.access != enforced) {
                mismatches.add(op.method + " " + op.path + ": contract says " + op.access + ", policy enforces " + enforced);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void everyOperationAnswersEveryRoleAsDeclared() throws IOException {
        var before = TestDb.snapshot(ds);
        List<String> wrong = new ArrayList<>();
        List<Operation> ops = operations();
        for (Operation op : ops) {
            for (Persona who : Persona.values()) {
                boolean allowed = allowed(op, who);
                Response r = call(op, who);
                int status = r.statusCode();
                String where = op.method + " " + op.path + " as " + who + " → " + status;
                if (status >= 500) {
                    wrong.add(where + " (server error)");
                } else if (allowed && (status == 401 || status == 403)) {
                    wrong.add(where + " (should be allowed)");
                } else if (!allowed && who == Persona.ANONYMOUS
                        && (status != 401 || r.header("WWW-Authenticate") == null
                                || !r.header("WWW-Authenticate").startsWith("Basic"))) {
                    wrong.add(where + " (expected 401 with a Basic challenge)");
                } else if (!allowed && who != Persona.ANONYMOUS && status != 403) {
                    wrong.add(where + " (expected 403)");
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(ops.size() >= 17, "the contract lists " + ops.size() + " operations");
        assertEquals(before, TestDb.snapshot(ds), "no call of the matrix may change anything");
    }

    /** The rules of docs/security.md, written out independently of AccessPolicy. */
    static boolean allowed(Operation op, Persona who) {
        return switch (who) {
            case ADMIN -> true;
            case ANONYMOUS -> op.access == Access.PUBLIC;
            case ANALYST -> Set.of(Access.PUBLIC, Access.AUTHENTICATED, Access.COMPANY_READ, Access.REPORTER_READ,
                    Access.ANALYST).contains(op.access);
            case REPORTER_OWN -> Set.of(Access.PUBLIC, Access.AUTHENTICATED, Access.COMPANY_READ, Access.REPORTER_READ,
                    Access.COMPANY_WRITE, Access.REPORTER_WRITE).contains(op.access);
            case REPORTER_FOREIGN -> Set.of(Access.PUBLIC, Access.AUTHENTICATED, Access.REPORTER_READ,
                    Access.REPORTER_WRITE).contains(op.access);
        };
    }

    private Response call(Operation op, Persona who) {
        RequestSpecification spec = Api.invalidAs(who.user, who.password);
        String path = fill(op.path, who);
        if (!op.method.equals("GET")) {
            spec = spec.header("If-Match", "\"999999\"");
        }
        if (op.contentType != null) {
            spec = spec.contentType(op.contentType).body("{}");
        }
        if (op.method.equals("GET")) {
            spec = spec.accept(ContentType.JSON);
        }
        return spec.when().request(op.method, path).then().extract().response();
    }

    private String fill(String template, Persona who) {
        Matcher m = Pattern.compile("\\{([A-Za-z0-9_]+)}").matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals("id") && template.startsWith("/api/v1/companies/")) {
                value = Long.toString(who == Persona.REPORTER_FOREIGN ? foreignCompany : ownCompany);
            } else if (name.equals("id") && template.startsWith("/api/v1/users/")) {
                value = Long.toString(someUser);
            } else if (name.equals("code")) {
                value = template.contains("counties") ? "20" : "2081";
            } else if (name.equals("period")) {
                value = "2025-Q1";
            } else {
                value = "1";
            }
            m.appendReplacement(sb, value);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static List<Operation> operations() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile()).get("paths");
        List<Operation> ops = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = paths.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> path = it.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (!METHODS.contains(m.getKey())) {
                    continue;
                }
                JsonNode access = m.getValue().get("x-access");
                assertTrue(access != null, m.getKey().toUpperCase() + " " + path.getKey() + " declares no x-access");
                JsonNode body = m.getValue().path("requestBody").path("content");
                String contentType = body.isMissingNode() || !body.fieldNames().hasNext() ? null : body.fieldNames().next();
                ops.add(new Operation(m.getKey().toUpperCase(), path.getKey(), Access.ofContractName(access.asText()),
                        contentType));
            }
        }
        return ops;
    }
}
