package se.asfregister.project;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A link to a document about the project: application, decision, final report, evaluation. */
@Embeddable
public class ProjectDocument {

    @Enumerated(EnumType.STRING)
    public DocumentKind kind;

    public String title;

    public String url;

    /** Value equality: an identical PUT leaves the collection, and so the version, alone. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectDocument o && kind == o.kind && Objects.equals(title, o.title)
                && Objects.equals(url, o.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, title, url);
    }
}
