package org.cls.governance;

/** The kinds of instance a contract's governance holds. */
public enum CommitteeKind {
    /** Comité de pilotage: elected officials, ARS, signatories; at least yearly. */
    COPIL,
    /** Comité technique. */
    COTECH,
    /** Groupe de travail. */
    WORKING_GROUP,
    /** Assemblée plénière of a CLSM. */
    PLENARY,
    /** Dialogue de gestion with the ARS. */
    MANAGEMENT_DIALOGUE
}
