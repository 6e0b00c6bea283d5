package eu.euromedjustice.reference;

/** Where a country stands in the programme. */
public enum Region {
    /** South Partner Country of the Mediterranean. */
    SPC,
    /** EU member state. */
    EU,
    OTHER
}
