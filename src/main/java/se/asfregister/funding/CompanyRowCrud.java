package se.asfregister.funding;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Function;
import java.util.function.Supplier;
import se.asfregister.common.VersionedCrud;
import se.asfregister.common.VersionedEntity;
import se.asfregister.security.CompanyAccess;
import se.asfregister.web.ExpectedVersion;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;

/**
 * The CRUD of rows that belong to one company (applications, support, social media accounts):
 * ADMIN and the company's reporters write and delete them ({@link CompanyRows} checks the
 * company before and after a change), and a private row is read only by those who may read its
 * company.
 */
abstract class CompanyRowCrud<E extends VersionedEntity, Q, R> extends VersionedCrud<E, Q, R> {

    @Inject
    CompanyRows rows;

    @Inject
    CompanyAccess access;

    private final Function<E, Long> companyOf;
    private final boolean publicRows;

    protected CompanyRowCrud(Class<E> entityType, String entityName, Supplier<E> newEntity, Class<Q> requestType,
            Function<E, Q> requestOf, Function<E, Long> companyOf, boolean publicRows) {
        super(entityType, entityName, newEntity, requestType, requestOf);
        this.companyOf = companyOf;
        this.publicRows = publicRows;
    }

    /** A page of one company's rows ({@code query} finds them); 404 for an unknown company. */
    protected Paged<R> pageOfCompany(long companyId, PanacheQuery<E> query, PageRequest page) {
        rows.requireCompany(companyId);
        return pageOf(query, page);
    }

    @Override
    public R get(long id) {
        E row = find(id);
        if (!publicRows) {
            access.checkRead(companyOf.apply(row));
        }
        return responseOf(row);
    }

    /** 403 before the version is compared: a stranger learns nothing of the row. */
    @Override
    @Transactional
    public void delete(long id, ExpectedVersion expected) {
        access.checkWrite(companyOf.apply(find(id)));
        super.delete(id, expected);
    }
}
