package io.github.ctglib.equipment;

/**
 * A priority zone an equipment lies in, for which the territory bonus of new EAJE places takes the highest
 * tranche of the rates.
 */
public enum PriorityZone {
    /** Quartier prioritaire de la politique de la ville (QPV). */
    QPV,
    /** France ruralités revitalisation (FRR), which replaced the ZRR in July 2024. */
    FRR,
    /** Zone de revitalisation rurale (ZRR), before July 2024. */
    ZRR
}
