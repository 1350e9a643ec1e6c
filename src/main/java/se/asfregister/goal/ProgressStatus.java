package se.asfregister.goal;

public enum ProgressStatus {
    ACHIEVED,
    ON_TRACK,
    BEHIND,
    NO_DATA
}
