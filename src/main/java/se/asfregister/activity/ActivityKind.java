package se.asfregister.activity;

/** {@code NETWORK_MEETING} is a nätverksträff, {@code TRAINING} kompetensutveckling. */
public enum ActivityKind {
    NETWORK_MEETING,
    TRAINING,
    CONFERENCE,
    SEMINAR
}
