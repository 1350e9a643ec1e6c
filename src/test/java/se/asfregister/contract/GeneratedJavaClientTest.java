package se.asfregister.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.client.ApiClient;
import se.asfregister.client.ApiException;
import se.asfregister.client.ApiResponse;
import se.asfregister.client.api.AreasApi;
import se.asfregister.client.api.CompaniesApi;
import se.asfregister.client.model.Company;
import se.asfregister.client.model.CompanyPage;
import se.asfregister.client.model.CompanyPatch;
import se.asfregister.client.model.CompanyRequest;
import se.asfregister.client.model.CompanyStatus;
import se.asfregister.client.model.Criteria;
import se.asfregister.client.model.LegalForm;
import se.asfregister.client.model.MunicipalityPage;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * Proof that integrators can generate a working client from the contract: the Java client
 * that the build generates from openapi/openapi.yaml (target/generated-clients/java, never
 * committed) drives the running service through create, read, filter, update with If-Match,
 * merge patch, errors and delete.
 */
@QuarkusTest
class GeneratedJavaClientTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource ds;

    CompaniesApi companies;
    AreasApi areas;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        // writes need a role: the generated client signs in like any integrator would, over HTTP Basic
        String credentials = Api.basicAuth(Api.ADMIN, Api.ADMIN_PASSWORD);
        client.setRequestInterceptor(request -> request.header("Authorization", credentials));
        companies = new CompaniesApi(client);
        areas = new AreasApi(client);
    }

    private static CompanyRequest request(int seed, String name, String municipality) {
        return new CompanyRequest()
                .name(name)
                .organisationNumber(Fixtures.orgNumber(seed))
                .legalForm(LegalForm.ECONOMIC_ASSOCIATION)
                .municipalityCode(municipality)
                .industries(List.of("återbruk"))
                .criteria(new Criteria().sellsGoodsOrServices(true).integrationPurpose(true)
                        .employeeParticipation(true).reinvestsProfits(true).independentOfPublicSector(true));
    }

    @Test
    void readsReferenceData() throws ApiException {
        MunicipalityPage page = areas.listMunicipalities("20", null, 0, 50, "name,asc");
        assertEquals(15, page.getTotalItems());
        assertEquals("Avesta", page.getItems().get(0).getName());
        assertEquals("Dalarnas län", areas.getCounty("20").getName());
    }

    @Test
    void createFilterUpdatePatchAndDeleteACompany() throws Exception {
        ApiResponse<Company> created = companies.createCompanyWithHttpInfo(request(1, "Gruvans Återbruk", "2080"));
        assertEquals(201, created.getStatusCode());
        Company c = created.getData();
        assertTrue(c.getMeetsAsfCriteria());
        assertEquals(CompanyStatus.ACTIVE, c.getStatus());
        assertTrue(created.getHeaders().get("Location").get(0).endsWith("/api/v1/companies/" + c.getId()));
        companies.createCompany(request(2, "Hyttans Café", "2081"));

        CompanyPage falun = companies.listCompanies("2080", null, null, null, null, null, null, null, 0, 20,
                "name,asc", null);
        assertEquals(1, falun.getTotalItems());
        assertEquals(c.getId(), falun.getItems().get(0).getId());
        assertEquals(2, companies.listCompanies(null, "20", CompanyStatus.ACTIVE, true, "återbruk",
                null, null, null, null, null, null, null).getTotalItems());

        String etag = companies.getCompanyWithHttpInfo(String.valueOf(c.getId())).getHeaders().get("ETag").get(0);
        Company replaced = companies.replaceCompany(String.valueOf(c.getId()),
                request(1, "Gruvans Återbruk ek. för.", "2080").website("https://example.org/gruvan"), etag);
        assertEquals("Gruvans Återbruk ek. för.", replaced.getName());
        assertEquals(1L, replaced.getVersion());

        // The old ETag is stale now: the generated client surfaces the 412 problem.
        ApiException stale = assertThrows(ApiException.class, () -> companies.replaceCompany(
                String.valueOf(c.getId()), request(1, "Another name", "2080"), etag));
        assertEquals(412, stale.getCode());
        JsonNode problem = new ObjectMapper().readTree(stale.getResponseBody());
        assertEquals("urn:asf-register:problem:precondition-failed", problem.get("type").asText());

        Company patched = companies.patchCompany(String.valueOf(c.getId()),
                new CompanyPatch().status(CompanyStatus.INACTIVE), "\"1\"");
        assertEquals(CompanyStatus.INACTIVE, patched.getStatus());
        // A merge patch naming only status leaves everything else alone.
        assertEquals("https://example.org/gruvan", patched.getWebsite());
        assertEquals("Gruvans Återbruk ek. för.", patched.getName());

        companies.deleteCompany(String.valueOf(c.getId()), null);
        ApiException gone = assertThrows(ApiException.class, () -> companies.getCompany(String.valueOf(c.getId())));
        assertEquals(404, gone.getCode());
        assertEquals(1, TestDb.count(ds, "company"));
    }

    @Test
    void invalidInputComesBackAsAProblemNamingTheField() throws Exception {
        ApiException e = assertThrows(ApiException.class,
                () -> companies.createCompany(request(3, "Bad", "2080").organisationNumber("123456-7890")));
        assertEquals(400, e.getCode());
        JsonNode problem = new ObjectMapper().readTree(e.getResponseBody());
        assertEquals("organisationNumber", problem.get("errors").get(0).get("field").asText());
        assertEquals(0, TestDb.count(ds, "company"));
        assertNull(problem.get("instance"));
        assertFalse(problem.get("title").asText().isBlank());
    }
}
