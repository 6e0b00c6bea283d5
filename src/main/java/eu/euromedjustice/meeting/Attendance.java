package eu.euromedjustice.meeting;

/** Whether a participant was invited, confirmed, attended or excused. */
public enum Attendance {
    INVITED,
    CONFIRMED,
    ATTENDED,
    EXCUSED
}
