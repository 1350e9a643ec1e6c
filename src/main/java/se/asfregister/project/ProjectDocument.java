package se.asfregister.project;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A link to a document about the project: application, decision, final report, evaluation. A
 * record for value equality: an identical PUT leaves the collection, and so the version, alone.
 */
@Embeddable
public record ProjectDocument(@Enumerated(EnumType.STRING) DocumentKind kind, String title, String url) {
}
