-- Foundation schema. Tables are grouped by the module that owns them;
-- a module reads and writes only its own tables (see docs/architecture.md).
-- Codes are the national ones (shared/reference codes.md), stored as text.

-- identity ---------------------------------------------------------------
create table team (
    id          bigint generated always as identity primary key,
    name        text not null unique,
    created_at  timestamptz not null default now()
);

create table staff_user (
    id               bigint generated always as identity primary key,
    username         text not null unique,
    display_name     text not null,
    password_hash    text not null,
    role             text not null check (role in ('ADMIN', 'PRACTITIONER', 'SUPERVISOR', 'MANAGER')),
    team_id          bigint references team (id),
    professional_id  text unique,           -- CareProfLocalId in dataset extracts
    enabled          boolean not null default true,
    failed_attempts  integer not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null default now(),
    constraint clinicians_have_a_team check (role not in ('PRACTITIONER', 'SUPERVISOR') or team_id is not null)
);
create index staff_user_team on staff_user (team_id);

-- patients ---------------------------------------------------------------
create table patient (
    id                   bigint generated always as identity primary key,
    team_id              bigint not null references team (id),
    nhs_number           char(10) not null unique,
    local_patient_id     text unique,
    given_name           text not null,
    family_name          text not null,
    date_of_birth        date not null,
    gender_code          text not null,       -- NHS gender identity code
    ethnic_category      text not null,       -- NHS ethnic category code
    postcode             text,
    gp_practice_code     text,
    gp_practice_name     text,
    email                text,
    mobile_phone         text,
    landline_phone       text,
    preferred_phone      text check (preferred_phone in ('MOBILE', 'LANDLINE')),
    voicemail_allowed    boolean not null default false,
    safe_call_times      text,
    preferred_mode       char(2),             -- ConsMechanism code
    mode_choice_offered  boolean not null default false,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);
create index patient_team_name on patient (team_id, lower(family_name), lower(given_name));

-- referrals --------------------------------------------------------------
create table referral (
    id                  bigint generated always as identity primary key,
    pathway_id          text not null unique,
    patient_id          bigint not null references patient (id),
    team_id             bigint not null references team (id),
    source_code         text not null,
    received_date       date not null,
    presenting_problem  text,                 -- ICD-10 code
    step                smallint not null check (step in (2, 3)),
    practitioner_id     bigint references staff_user (id),
    stage               text not null check (stage in ('AWAITING_ASSESSMENT', 'AWAITING_TREATMENT', 'IN_TREATMENT', 'DISCHARGED')),
    stage_entered_on    date not null,
    discharge_date      date,
    end_code            text,
    data_source         text not null default 'stepline',
    created_at          timestamptz not null default now(),
    constraint discharged_has_date check ((stage = 'DISCHARGED') = (discharge_date is not null)),
    constraint discharged_has_end_code check (stage <> 'DISCHARGED' or end_code is not null)
);
create index referral_patient on referral (patient_id);
create index referral_open_by_practitioner on referral (practitioner_id) where stage <> 'DISCHARGED';
create index referral_open_by_team on referral (team_id, stage) where stage <> 'DISCHARGED';

create table referral_stage_change (
    id           bigint generated always as identity primary key,
    referral_id  bigint not null references referral (id),
    stage        text not null,
    entered_on   date not null,
    changed_at   timestamptz not null default now(),
    changed_by   bigint references staff_user (id)
);
create index referral_stage_change_referral on referral_stage_change (referral_id);

-- scheduling -------------------------------------------------------------
-- One row per appointment; once its outcome is recorded it is a care contact.
create table appointment (
    id                   bigint generated always as identity primary key,
    referral_id          bigint not null references referral (id),
    patient_id           bigint not null references patient (id),
    team_id              bigint not null references team (id),     -- the referral's team, for team counts
    practitioner_id      bigint not null references staff_user (id),
    starts_at            timestamptz not null,
    app_type             char(2) not null,    -- AppType
    cons_mechanism       char(2) not null,    -- ConsMechanism
    attendance           char(1) not null default '0',  -- AttendOrDNACode; 0 = not yet
    duration_minutes     integer check (duration_minutes between 0 and 600),
    identity_confirmed   boolean,
    private_and_safe     boolean,
    patient_location     text,
    notes                text,
    recorded_at          timestamptz,
    recorded_by          bigint references staff_user (id),
    created_at           timestamptz not null default now()
);
create index appointment_referral on appointment (referral_id, starts_at);
create index appointment_patient on appointment (patient_id, starts_at);
create index appointment_practitioner on appointment (practitioner_id, starts_at);
create index appointment_team_time on appointment (team_id, starts_at);

create table call_attempt (
    id              bigint generated always as identity primary key,
    appointment_id  bigint not null references appointment (id),
    attempted_at    timestamptz not null,
    outcome         text not null check (outcome in ('ANSWERED', 'NO_ANSWER', 'VOICEMAIL_LEFT', 'WRONG_NUMBER'))
);
create index call_attempt_appointment on call_attempt (appointment_id);

-- audit ------------------------------------------------------------------
-- Append-only: no foreign keys (entries outlive what they describe), and a
-- trigger refuses any update, delete or truncate.
create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null default now(),
    actor_id        bigint,
    actor_username  text not null,
    patient_id      bigint,
    action          text not null check (action in ('VIEW', 'CREATE', 'UPDATE', 'DENIED', 'ADMIN')),
    detail          text not null
);
create index audit_event_patient on audit_event (patient_id, occurred_at);
create index audit_event_time on audit_event (occurred_at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- demo -------------------------------------------------------------------
create table demo_service (
    name       text primary key,
    loaded_at  timestamptz not null default now()
);
