package se.asfregister.project;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.asfregister.common.ListedCrud;
import se.asfregister.project.ProjectRecords.ProjectRequest;
import se.asfregister.project.ProjectRecords.ProjectResponse;
import se.asfregister.web.ApiException;

/** Regional projects: lists, and the rules for what makes a project well-formed. */
@ApplicationScoped
public class ProjectService extends ListedCrud<Project, ProjectRequest, ProjectResponse, ProjectFilter> {

    /** API sort name → entity property. */
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "plannedStart",
            "plannedStart", "createdAt", "createdAt");

    public ProjectService() {
        super(Project.class, "Project", Project::new, ProjectRequest.class, ProjectRecords::requestOf, SORTABLE,
                (q, s, p) -> Project.find(q, s, p));
    }

    /** A project that goals or activities belong to cannot be deleted: 409 saying what holds it. */
    @Override
    protected void checkDelete(Project p) {
        long id = p.id;
        List<String> uses = new ArrayList<>();
        count("select count(g) from Goal g where g.projectId = :id", id, "goal", "goals", uses);
        count("select count(a) from Activity a where a.projectId = :id", id, "activity", "activities", uses);
        if (!uses.isEmpty()) {
            throw ApiException.conflict("Project " + id + " cannot be deleted because " + String.join(" and ", uses)
                    + " belong to it");
        }
    }

    private static void count(String jpql, long id, String one, String many, List<String> uses) {
        long n = Project.getEntityManager().createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
        if (n > 0) {
            uses.add(n + " " + (n == 1 ? one : many));
        }
    }

    @Override
    protected ProjectResponse responseOf(Project e) {
        return ProjectResponse.of(e);
    }

    @Override
    protected void apply(Project p, ProjectRequest r) {
        ProjectChanges.apply(p, r);
    }
}
