package se.asfregister.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.asfregister.common.SequencedEntity;

/** A regional project for the ASF, e.g. "Utveckling av ASF i Dalarna" 2017-2018. */
@Entity
public class Project extends SequencedEntity {

    public String name;

    public String description;

    public String ownerOrganisation;

    public String countyCode;

    public LocalDate plannedStart;

    public LocalDate plannedEnd;

    public LocalDate actualEnd;

    public String endReason;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    @ElementCollection
    @CollectionTable(name = "project_municipality", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "municipality_code")
    public Set<String> municipalityCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> partnerOrganisations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_company", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "company_id")
    public Set<Long> partnerCompanyIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_target_group", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "target_group")
    public List<String> targetGroups = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_document", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<ProjectDocument> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_funding", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<FundingLine> funding = new ArrayList<>();
}
