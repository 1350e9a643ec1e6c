package se.asfregister.project;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.asfregister.common.Listing;
import se.asfregister.common.VersionedCrud;
import se.asfregister.project.ProjectRecords.ProjectRequest;
import se.asfregister.project.ProjectRecords.ProjectResponse;
import se.asfregister.web.ApiException;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;

/** Regional projects: lists, and the rules for what makes a project well-formed. */
@ApplicationScoped
public class ProjectService extends VersionedCrud<Project, ProjectRequest, ProjectResponse>
        implements Listing<ProjectFilter, ProjectResponse> {

    /** API sort name → entity property. */
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "plannedStart",
            "plannedStart", "createdAt", "createdAt");

    public ProjectService() {
        super(Project.class, "Project", Project::new, ProjectRequest.class, ProjectRecords::requestOf);
    }

    @Override
    public Map<String, String> sortable() {
        return SORTABLE;
    }

    @Override
    public Paged<ProjectResponse> list(ProjectFilter filter, PageRequest page) {
        return pageOf(Project.find(filter.query(), page.panacheSort(), filter.params()), page);
    }

    /** Every match, for CSV export. */
    @Override
    public List<ProjectResponse> listAll(ProjectFilter filter, PageRequest order) {
        return allOf(Project.find(filter.query(), order.panacheSort(), filter.params()));
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
