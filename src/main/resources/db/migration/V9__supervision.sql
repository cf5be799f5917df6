-- supervision ------------------------------------------------------------------------------------------------------
-- Case-management supervision notes on a referral, owned by the supervision module: what was discussed, the
-- decision, and actions each owned by a clinician of the team until marked done.
create table supervision_note (
    id            bigint generated always as identity primary key,
    patient_id    bigint not null references patient (id),
    referral_id   bigint not null references referral (id),
    team_id       bigint not null references team (id),
    discussion    text not null,
    decision      text not null check (decision in ('CONTINUE', 'STEP_UP', 'STEP_DOWN', 'DISCHARGE', 'REVIEW_RISK')),
    recorded_by   bigint not null references staff_user (id),
    recorded_at   timestamptz not null default now()
);
create index supervision_note_patient on supervision_note (patient_id, recorded_at);

create table supervision_action (
    id            bigint generated always as identity primary key,
    note_id       bigint not null references supervision_note (id),
    description   text not null,
    owner_id      bigint not null references staff_user (id),
    due_on        date not null,
    done_at       timestamptz,
    done_by       bigint references staff_user (id)
);
create index supervision_action_open_owner on supervision_action (owner_id, due_on) where done_at is null;
create index supervision_action_note on supervision_action (note_id);
