package org.cls.action;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Themes of an action: PREVENTION (prévention, promotion de la santé), ACCESS_TO_CARE (accès aux soins, démographie médicale), "
        + "MENTAL_HEALTH (santé mentale), ELDERLY (personnes âgées, autonomie), YOUTH (enfance, jeunesse), NUTRITION (alimentation), "
        + "PHYSICAL_ACTIVITY (sport-santé, activité physique), SCREENS (écrans), ADDICTIONS (conduites addictives), "
        + "ENVIRONMENTAL_HEALTH (santé environnementale), TELEMEDICINE (télémédecine, e-santé), COORDINATION (coordination, parcours), "
        + "SEXUAL_HEALTH (santé sexuelle), DISABILITY (handicap), PRECARITY (précarité, accès aux droits), OTHER.")
public enum ActionTheme {
    PREVENTION, ACCESS_TO_CARE, MENTAL_HEALTH, ELDERLY, YOUTH, NUTRITION, PHYSICAL_ACTIVITY, SCREENS, ADDICTIONS,
    ENVIRONMENTAL_HEALTH, TELEMEDICINE, COORDINATION, SEXUAL_HEALTH, DISABILITY, PRECARITY, OTHER
}
