-- A directory per territory (issue 14): each contact is filed in the directory of one département (INSEE code), the
-- one whose coordinators created it; they read and write it. Organisations (partner) stay shared.
alter table contact add column departement_code varchar(3);
alter table contact_aud add column departement_code varchar(3);
create index ix_contact_departement on contact (departement_code);

-- Existing contacts: the département of a contract that uses them (the first département of each contract using them
-- as pilot, committee member, invitee, presenter or decision owner; the smallest code when several contracts do).
update contact set departement_code = (
    select min(d.code) from contract_departement d
    where d.position = 0 and d.contract_id in (
        select ax.contract_id from action a
            join objective o on o.id = a.objective_id
            join axis ax on ax.id = o.axis_id
            where a.pilot_contact_id = contact.id
        union select cm.contract_id from committee_member m
            join committee cm on cm.id = m.committee_id
            where m.contact_id = contact.id
        union select cm.contract_id from meeting_invitee i
            join meeting mt on mt.id = i.meeting_id
            join committee cm on cm.id = mt.committee_id
            where i.contact_id = contact.id
        union select cm.contract_id from meeting_agenda_item ai
            join meeting mt on mt.id = ai.meeting_id
            join committee cm on cm.id = mt.committee_id
            where ai.presenter_contact_id = contact.id
        union select cm.contract_id from decision de
            join meeting mt on mt.id = de.meeting_id
            join committee cm on cm.id = mt.committee_id
            where de.owner_contact_id = contact.id))
where departement_code is null;

-- Else the département of the partner's commune (3 characters overseas: 971 to 976).
update contact set departement_code = (
    select case when p.commune_code like '97%' then substring(p.commune_code, 1, 3) else substring(p.commune_code, 1, 2) end
    from partner p where p.id = contact.partner_id)
where departement_code is null;

-- Contacts left without département (unused, partner without commune) are kept by no directory: nobody reads or writes
-- them through the API (see docs/retention.md).
