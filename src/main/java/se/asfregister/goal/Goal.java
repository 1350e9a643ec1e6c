package se.asfregister.goal;

import se.asfregister.common.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;

/** A regional target, e.g. "+15 % employees by 2020 against 2017" for a county. */
@Entity
public class Goal extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goal_seq")
    @SequenceGenerator(name = "goal_seq", sequenceName = "goal_seq", allocationSize = 50)
    public Long id;

    @Column(name = "county_code")
    public String countyCode;

    @Enumerated(EnumType.STRING)
    public Indicator indicator;

    @Column(name = "baseline_year")
    public Integer baselineYear;

    @Column(name = "target_year")
    public int targetYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    public TargetType targetType;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    public String description;

    /** The project the goal belongs to; null for a county's own goal. */
    @Column(name = "project_id")
    public Long projectId;
}
