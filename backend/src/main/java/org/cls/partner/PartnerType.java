package org.cls.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of organisation: LOCAL_AUTHORITY (commune, EPCI, PETR, pays), ARS, CPAM, DEPARTEMENT (conseil départemental), "
        + "HOSPITAL (hospital or GHT), MSP (maison de santé pluriprofessionnelle), CPTS, ASSOCIATION, EDUCATION (Éducation nationale, schools), "
        + "MSA, SOCIAL_LANDLORD (bailleur social), EPSM (mental health hospital), OTHER.")
public enum PartnerType {
    LOCAL_AUTHORITY, ARS, CPAM, DEPARTEMENT, HOSPITAL, MSP, CPTS, ASSOCIATION, EDUCATION, MSA, SOCIAL_LANDLORD, EPSM, OTHER
}
