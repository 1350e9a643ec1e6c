package se.asfregister.support;

/**
 * The two companies of the bulk-import tests, created through the API: Gruvans Återbruk in Falun
 * (2080) and Hyttans Café in Borlänge (2081). An import names them by organisation number.
 */
public record TwoCompanies(long falun, long borlange) {

    public static final String FALUN_NO = Fixtures.orgNumber(1);
    public static final String BORLANGE_NO = Fixtures.orgNumber(2);

    /** Creates both; call after {@link TestDb#clear}. */
    public static TwoCompanies create() {
        return new TwoCompanies(Fixtures.createCompany(1, "Gruvans Återbruk", "2080"),
                Fixtures.createCompany(2, "Hyttans Café", "2081"));
    }
}
