-- datasets ---------------------------------------------------------------
-- Extracts imported from another record system (the datasets module's `import` command). An extract carries
-- less than Stepline records (codes.md: no NHS number, date of birth, names, referral source or step), so an
-- imported row may leave those empty. Only rows marked with an import source may: a row made in Stepline
-- (data_source 'stepline') must still be complete, exactly as before.

-- patients: imported patients are known by their LocalPatientId only. No NHS number or date of birth is made
-- up for them; their names are a clearly marked placeholder ('Imported patient <LocalPatientId>').
alter table patient add column data_source text not null default 'stepline';
alter table patient alter column nhs_number drop not null;
alter table patient alter column date_of_birth drop not null;
alter table patient add constraint identified_unless_imported
    check (data_source like 'import:%' or (nhs_number is not null and date_of_birth is not null));

-- referrals: the extract has no source of referral or step, and its EndCode is optional.
alter table referral alter column source_code drop not null;
alter table referral alter column step drop not null;
alter table referral add constraint complete_unless_imported
    check (data_source like 'import:%' or (source_code is not null and step is not null));
alter table referral drop constraint discharged_has_end_code;
alter table referral add constraint discharged_has_end_code
    check (stage <> 'DISCHARGED' or end_code is not null or data_source like 'import:%');

-- appointments and measures: what the extract said, so that an export gives it back unchanged.
alter table appointment add column care_contact_id text;                      -- CareContactId from the extract
alter table appointment add column time_given boolean not null default true;  -- false: CareContTime was empty
alter table measure_administration add column time_given boolean not null default true; -- AssToolCompTime

-- One row per committed import: what came in, and the placeholder account for contacts without a practitioner.
create table dataset_import (
    id                       bigint generated always as identity primary key,
    source                   text not null,   -- referral.data_source of its pathways, e.g. 'import:extract-2025'
    directory                text not null,
    team_id                  bigint not null references team (id),
    unknown_practitioner_id  bigint references staff_user (id),
    referrals                bigint not null,
    care_contacts            bigint not null,
    assessments              bigint not null,
    mapped_codes             text not null default '',  -- old ConsMechanism codes mapped, e.g. '03→11: 12'
    imported_at              timestamptz not null default now()
);
create index dataset_import_source on dataset_import (source);
