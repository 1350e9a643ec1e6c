package se.asfregister.company;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import se.asfregister.common.VersionedEntity;

/**
 * A company's places for work training, rehabilitation and internships: how many it has and
 * how many are free now. One row per company; {@code updatedAt} is when its reporter last
 * wrote (or confirmed) the figures, which {@link Freshness} judges.
 */
@Entity
@Table(name = "training_places")
public class TrainingPlaces extends VersionedEntity {

    @Id
    @Column(name = "company_id")
    public Long companyId;

    @Column(name = "work_training_total")
    public int workTrainingTotal;
    @Column(name = "work_training_available")
    public int workTrainingAvailable;
    @Column(name = "rehabilitation_total")
    public int rehabilitationTotal;
    @Column(name = "rehabilitation_available")
    public int rehabilitationAvailable;
    @Column(name = "internships_total")
    public int internshipsTotal;
    @Column(name = "internships_available")
    public int internshipsAvailable;

    @ElementCollection
    @CollectionTable(name = "training_places_target_group", joinColumns = @JoinColumn(name = "company_id"))
    @OrderColumn(name = "position")
    @Column(name = "target_group")
    public List<String> targetGroups = new ArrayList<>();
}
