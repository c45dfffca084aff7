-- The history pages in SQL: an update is shown when one of the owner's collections changed in that revision, looked up
-- by (owner, revision); these audit tables' primary keys start with position.
create index ix_contract_departement_aud_owner on contract_departement_aud (contract_id, rev);
create index ix_contract_commune_aud_owner on contract_commune_aud (contract_id, rev);
create index ix_action_commune_aud_owner on action_commune_aud (action_id, rev);
create index ix_action_neighbourhood_aud_owner on action_neighbourhood_aud (action_id, rev);
create index ix_action_partner_aud_owner on action_partner_aud (action_id, rev);
create index ix_action_funding_aud_owner on action_funding_aud (action_id, rev);
create index ix_action_step_aud_owner on action_step_aud (action_id, rev);
