package se.asfregister.funding;

import io.quarkus.panache.common.Parameters;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Function;
import java.util.function.Supplier;
import se.asfregister.common.EntityFinder;
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
    private final EntityFinder<E> finder;

    /** {@code finder} is the entity's own find; its rows name their company in {@code companyId}. */
    protected CompanyRowCrud(Class<E> entityType, String entityName, Supplier<E> newEntity, Class<Q> requestType,
            Function<E, Q> requestOf, Function<E, Long> companyOf, boolean publicRows, EntityFinder<E> finder) {
        super(entityType, entityName, newEntity, requestType, requestOf);
        this.companyOf = companyOf;
        this.publicRows = publicRows;
        this.finder = finder;
    }

    /** A page of one company's rows; 404 for an unknown company. */
    public Paged<R> ofCompany(long companyId, PageRequest page) {
        rows.requireCompany(companyId);
        return pageOf(finder.find("companyId = :companyId", page.panacheSort(),
                Parameters.with("companyId", companyId)), page);
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
