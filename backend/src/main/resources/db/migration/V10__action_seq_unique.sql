-- An action's seq numbers it within its objective (its derived code is axis.objective.seq): one action per seq there.
-- ActionService locks the objective before it takes max(seq) + 1; this constraint makes the rule the database's too.
-- The audit table action_aud keeps every past seq and gets no such constraint.

-- Duplicates left by concurrent creations before this migration: the oldest keeps its seq, the others (oldest first)
-- take the numbers after the objective's highest.
update action set seq = (select max(m.seq) from action m where m.objective_id = action.objective_id)
        + (select count(*) from action d where d.objective_id = action.objective_id
            and exists (select 1 from action e where e.objective_id = d.objective_id and e.seq = d.seq
                and (e.created_at < d.created_at or (e.created_at = d.created_at and e.id < d.id)))
            and (d.created_at < action.created_at or (d.created_at = action.created_at and d.id <= action.id)))
    where exists (select 1 from action e where e.objective_id = action.objective_id and e.seq = action.seq
        and (e.created_at < action.created_at or (e.created_at = action.created_at and e.id < action.id)));

alter table action add constraint uq_action_objective_seq unique (objective_id, seq);
-- the constraint's index serves what this one did
drop index ix_action_objective;
