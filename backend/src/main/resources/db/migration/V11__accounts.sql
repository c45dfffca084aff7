-- Rights follow accounts (the token's sub), not emails: a coordinator seat and a pilot contact are invitations by email
-- until the first login whose token carries that email verified claims them; after that the email no longer matters.
-- Existing seats and contacts stay as invitations (unlinked): nothing is lost, each is claimed at its holder's next login.
alter table contract_coordinator add column subject varchar(255);
alter table contract_coordinator add column linked_at timestamp(6) with time zone;
create index ix_contract_coordinator_subject on contract_coordinator (subject, contract_id);

alter table contact add column account_subject varchar(255);
alter table contact add column linked_at timestamp(6) with time zone;
create index ix_contact_account_subject on contact (account_subject);
