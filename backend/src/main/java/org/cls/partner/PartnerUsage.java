package org.cls.partner;

import jakarta.enterprise.context.ApplicationScoped;

/** Where partners and contacts are used by actions: a partner or contact in use is never deleted. */
@ApplicationScoped
public class PartnerUsage {

    /** The actions naming this partner (pilot, partner, funder), described for a 409; empty when none. */
    public String actionsUsing(Partner partner) {
        return "";
    }

    /** The actions piloted by this contact, described for a 409; empty when none. */
    public String actionsPilotedBy(Contact contact) {
        return "";
    }
}
