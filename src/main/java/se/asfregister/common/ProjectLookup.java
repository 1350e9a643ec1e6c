package se.asfregister.common;

import java.util.Optional;

/**
 * What goals and activities need to know of a project they belong to, without importing the
 * project feature (which reads goals and activities for its report): whether it exists, and
 * its county. Implemented by the project feature.
 */
public interface ProjectLookup {

    /** The county code of the project; empty when no project has this id. */
    Optional<String> countyOf(long projectId);
}
