package eu.euromedjustice.reference;

/**
 * The programme's vocabulary of crime areas and cooperation instruments: a member's expertise and,
 * later, a meeting's topics use the same tags, so that both can be matched.
 */
public enum Topic {
    TERRORISM,
    CYBERCRIME,
    MONEY_LAUNDERING,
    TRAFFICKING_IN_HUMAN_BEINGS,
    MIGRANT_SMUGGLING,
    DRUG_TRAFFICKING,
    CORRUPTION,
    ORGANISED_CRIME,
    MUTUAL_LEGAL_ASSISTANCE,
    EXTRADITION,
    ASSET_RECOVERY,
    ELECTRONIC_EVIDENCE
}
