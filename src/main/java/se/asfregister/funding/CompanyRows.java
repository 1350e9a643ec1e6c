package se.asfregister.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import se.asfregister.company.Company;
import se.asfregister.company.CompanyService;
import se.asfregister.security.CompanyAccess;
import se.asfregister.web.ApiException;

/**
 * Who may write a row that belongs to one company (ADMIN, or a reporter of that company before
 * and after the change) and that the company exists: the same for applications, support and
 * social media accounts.
 */
@ApplicationScoped
class CompanyRows {

    @Inject
    CompanyAccess access;

    @Inject
    CompanyService companies;

    /** 403 unless the caller may write both the stored row's company and the requested one; 400 for an unknown company. */
    void checkWrite(Long storedCompanyId, long requestedCompanyId) {
        if (storedCompanyId != null) {
            access.checkWrite(storedCompanyId);
        }
        access.checkWrite(requestedCompanyId);
        if (Company.findById(requestedCompanyId) == null) {
            throw ApiException.invalid("companyId", "no company has id " + requestedCompanyId);
        }
    }

    /**
     * Locks the company's row until the transaction ends, so that two grants of de minimis aid
     * to one company are checked one after the other and cannot together pass the ceiling.
     */
    void lock(long companyId) {
        Company.getEntityManager().find(Company.class, companyId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** 404 unless the company exists (the lists of one company). */
    void requireCompany(long companyId) {
        companies.requireExists(companyId);
    }
}
