-- letters -----------------------------------------------------------------
-- Letters to the patient's GP, written when the event happens (after assessment, at discharge) and kept exactly as
-- sent: the PDF itself is stored, so a later correction to the record never changes a letter already written.
create table gp_letter (
    id              bigint generated always as identity primary key,
    patient_id      bigint not null references patient (id),
    referral_id     bigint not null references referral (id),
    team_id         bigint not null references team (id),
    kind            text not null check (kind in ('ASSESSMENT', 'DISCHARGE')),
    appointment_id  bigint references appointment (id),   -- the assessment contact, for an assessment letter
    title           text not null,
    pdf             bytea not null,
    created_by      bigint references staff_user (id),
    created_at      timestamptz not null default now()
);
create index gp_letter_patient on gp_letter (patient_id, created_at);
create index gp_letter_referral on gp_letter (referral_id, kind);
