package org.cls.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a contract uses a contact: PILOT (referent of an action), COMMITTEE_MEMBER (standing member of a committee),"
        + " MEETING_INVITEE (invited to a meeting), AGENDA_PRESENTER (presents an agenda item of a meeting), DECISION_OWNER (in charge"
        + " of a decision).")
public enum ContactUseKind {
    PILOT, COMMITTEE_MEMBER, MEETING_INVITEE, AGENDA_PRESENTER, DECISION_OWNER
}
