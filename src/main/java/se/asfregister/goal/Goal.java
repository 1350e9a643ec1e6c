package se.asfregister.goal;

import se.asfregister.common.SequencedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A regional target, e.g. "+15 % employees by 2020 against 2017" for a county. */
@Entity
public class Goal extends SequencedEntity {

    public String countyCode;

    @Enumerated(EnumType.STRING)
    public Indicator indicator;

    public Integer baselineYear;

    public int targetYear;

    @Enumerated(EnumType.STRING)
    public TargetType targetType;

    public BigDecimal targetValue;

    public String description;

    /** The project the goal belongs to; null for a county's own goal. */
    public Long projectId;
}
