package se.asfregister.company;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import se.asfregister.common.VersionedEntity;

/**
 * A company's places for work training, rehabilitation and internships: how many it has and
 * how many are free now. One row per company; {@code updatedAt} is when its reporter last
 * wrote (or confirmed) the figures, which {@link Freshness} judges.
 */
@Entity
public class TrainingPlaces extends VersionedEntity {

    @Id
    public Long companyId;

    public int workTrainingTotal;
    public int workTrainingAvailable;
    public int rehabilitationTotal;
    public int rehabilitationAvailable;
    public int internshipsTotal;
    public int internshipsAvailable;

    @ElementCollection
    @CollectionTable(name = "training_places_target_group", joinColumns = @JoinColumn(name = "company_id"))
    @OrderColumn(name = "position")
    @Column(name = "target_group")
    public List<String> targetGroups = new ArrayList<>();
}
