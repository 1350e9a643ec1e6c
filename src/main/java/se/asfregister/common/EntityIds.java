package se.asfregister.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

/**
 * Ids for rows that a bulk writer inserts with plain JDBC, drawn from the entity's own
 * Hibernate id generator. Single writes and bulk writes then share one allocation scheme —
 * the sequence, the optimizer that reads its values as blocks, and that optimizer's current
 * block in this instance — so they never hand out the same id. Other instances draw other
 * sequence values and read them the same way, so they cannot collide either.
 */
@ApplicationScoped
public class EntityIds {

    @Inject
    EntityManager em;

    /** {@code count} fresh ids for new rows of {@code entity}; call inside the writing transaction. */
    public long[] next(Class<?> entity, int count) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        BeforeExecutionGenerator generator = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(entity).getGenerator();
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = ((Number) generator.generate(session, null, null, EventType.INSERT)).longValue();
        }
        return ids;
    }
}
