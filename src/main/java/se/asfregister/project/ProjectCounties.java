package se.asfregister.project;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.common.ProjectLookup;

/** Tells goals and activities whether a project exists and which county it belongs to. */
@ApplicationScoped
public class ProjectCounties implements ProjectLookup {

    @Override
    public Optional<String> countyOf(long projectId) {
        return Project.<Project>findByIdOptional(projectId).map(p -> p.countyCode);
    }
}
