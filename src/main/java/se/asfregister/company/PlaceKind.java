package se.asfregister.company;

/** The kinds of places a company offers people far from the labour market. */
public enum PlaceKind {
    /** Arbetsträning. */
    WORK_TRAINING("workTrainingAvailable"),
    /** Arbetslivsinriktad rehabilitering. */
    REHABILITATION("rehabilitationAvailable"),
    /** Praktik. */
    INTERNSHIPS("internshipsAvailable");

    /** The {@link TrainingPlaces} property that holds the places of this kind free now. */
    final String availableProperty;

    PlaceKind(String availableProperty) {
        this.availableProperty = availableProperty;
    }
}
