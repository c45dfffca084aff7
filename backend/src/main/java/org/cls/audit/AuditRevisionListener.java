package org.cls.audit;

import org.cls.security.CurrentUser;
import org.hibernate.envers.RevisionListener;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

/** Stamps each revision with the caller of the request that made it. */
public class AuditRevisionListener implements RevisionListener {

    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.subject = SYSTEM;
        revision.authorName = SYSTEM;
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return;
        }
        CurrentUser user = Arc.container().instance(CurrentUser.class).get();
        if (user != null && !user.isAnonymous()) {
            revision.subject = user.subject();
            revision.authorName = user.displayName();
        }
    }
}
