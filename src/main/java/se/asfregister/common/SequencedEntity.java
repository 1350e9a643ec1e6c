package se.asfregister.common;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A {@link VersionedEntity} numbered from a sequence of its own, named after the entity
 * ({@code company_seq}, {@code employment_report_seq}); the generator takes 50 ids at a time, as
 * the sequences' increments in the migrations say.
 */
@MappedSuperclass
public abstract class SequencedEntity extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;
}
