package se.asfregister.audit;

/**
 * An entity recorded in the audit trail under its natural key instead of its database id,
 * so that every write to the same resource carries the same {@code entityId} however it was
 * made: one at a time through Hibernate, or in a bulk import's JDBC batches.
 */
public interface AuditedAs {

    /** The key the audit trail records as {@code entityId}; at most 64 characters. */
    String auditId();
}
