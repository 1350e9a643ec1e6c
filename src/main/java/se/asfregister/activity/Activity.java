package se.asfregister.activity;

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

/** A network meeting, training, conference or seminar for the ASF. */
@Entity
public class Activity extends SequencedEntity {

    @Enumerated(EnumType.STRING)
    public ActivityKind kind;

    public String title;

    /** The API's {@code date}; "date" is a reserved word in SQL. */
    public LocalDate heldOn;

    public String municipalityCode;

    public int participantsWomen;

    public int participantsMen;

    public int participantsOther;

    public String description;

    /** The project the activity belongs to; null for the network's own activities. */
    public Long projectId;

    @ElementCollection
    @CollectionTable(name = "activity_topic", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    @Column(name = "topic")
    public List<String> topics = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "activity_company", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "company_id")
    public Set<Long> companyIds = new HashSet<>();
}
