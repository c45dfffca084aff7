package org.cls.plan;

import java.time.Instant;

/** What axes and objectives share: a titled item numbered by its position among its siblings. */
interface PlanItem {

    int position();

    void position(int position);

    void describe(String title, String description);

    void created(String by, Instant at);

    void touch(String by, Instant at);

    void persist();

    void delete();
}
