package org.cls.plan;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cls.security.CurrentUser;

/**
 * Create, change, move and delete one of a list of ordered siblings (the axes of a contract, the objectives of an axis),
 * keeping their positions 1..n without gaps. Every renumbered sibling is touched; the caller's transaction holds it all.
 */
@ApplicationScoped
class OrderedChildren {

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    /** Puts a new item at the input's position among its siblings (at the end when omitted) and saves it. */
    <T extends PlanItem> T create(T item, List<T> siblings, AxisInput input) {
        item.created(user.username(), Instant.now());
        item.describe(input.title().trim(), PlanService.blankToNull(input.description()));
        place(siblings, item, input.position());
        renumber(siblings, item);
        item.persist();
        em.flush();
        return item;
    }

    /** Changes an item and moves it when the input names another position; siblings are read before any change. */
    <T extends PlanItem> void update(T item, List<T> siblings, AxisInput input) {
        item.describe(input.title().trim(), PlanService.blankToNull(input.description()));
        item.touch(user.username(), Instant.now());
        if (input.position() != null && input.position() != item.position()) {
            siblings.remove(item);
            place(siblings, item, input.position());
            renumber(siblings, item);
        }
        em.flush();
    }

    /** Deletes an item and closes the gap it leaves among the siblings read afterwards. */
    <T extends PlanItem> void delete(T item, Supplier<List<T>> siblings) {
        item.delete();
        em.flush();
        List<T> rest = siblings.get();
        rest.remove(item);
        renumber(rest, null);
        em.flush();
    }

    /** Inserts an item at a 1-based position (end when null or beyond the end). */
    private static <T> void place(List<T> siblings, T item, Integer position) {
        int index = position == null ? siblings.size() : Math.min(position - 1, siblings.size());
        siblings.add(index, item);
    }

    private <T extends PlanItem> void renumber(List<T> ordered, T moved) {
        for (int i = 0; i < ordered.size(); i++) {
            T item = ordered.get(i);
            if (item.position() != i + 1) {
                item.position(i + 1);
                if (item != moved) {
                    item.touch(user.username(), Instant.now());
                }
            }
        }
    }
}
