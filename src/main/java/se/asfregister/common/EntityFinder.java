package se.asfregister.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * An entity's Panache {@code find} by query, order and named parameters. Give it as a lambda,
 * {@code (q, s, p) -> Goal.find(q, s, p)}: Panache writes {@code find} into each entity class at
 * build time, and a method reference would call the base class's, which only throws.
 *
 * @param <E> the entity
 */
@FunctionalInterface
public interface EntityFinder<E> {

    PanacheQuery<E> find(String query, Sort sort, Parameters params);
}
