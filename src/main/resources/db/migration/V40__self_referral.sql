-- self-referral (selfreferral) ----------------------------------------------
-- The GP practices the service covers, each with the team that takes its self-referrals; edited by the service.
create table self_referral_practice (
    code     text primary key check (length(code) between 1 and 20),
    name     text not null check (length(name) between 1 and 200),
    team_id  bigint not null references team (id)
);

-- Wording and settings the service edits (crisis help, privacy notice, how each mode is explained, ...).
create table self_referral_setting (
    key         text primary key,
    value       text not null check (length(value) <= 10000),
    updated_by  bigint references staff_user (id),
    updated_at  timestamptz not null default now()
);

-- A referral being filled in: answers kept between pages. The key is the SHA-256 of a random token held in the
-- person's session, never the token itself. Drafts left for a day are forgotten.
create table self_referral_draft (
    token_hash  bytea primary key,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create table self_referral_draft_answer (
    token_hash  bytea not null references self_referral_draft (token_hash) on delete cascade,
    question    text not null,
    answer      text not null check (length(answer) <= 4000),
    primary key (token_hash, question)
);
create index self_referral_draft_age on self_referral_draft (updated_at);

-- A sent self-referral awaiting triage, and what triage decided. The answers are kept one row per question.
-- modes_offered and preferred_mode are the choice of mode made at referral (ConsMechanism codes).
create table self_referral (
    id               bigint generated always as identity primary key,
    team_id          bigint not null references team (id),
    submitted_at     timestamptz not null default now(),
    given_name       text not null,
    family_name      text not null,
    date_of_birth    date not null,
    nhs_number       char(10),
    urgent           boolean not null,
    modes_offered    char(2)[] not null check (cardinality(modes_offered) >= 1),
    preferred_mode   char(2) not null,
    status           text not null default 'NEW' check (status in ('NEW', 'ACCEPTED', 'CLOSED', 'NOT_GENUINE')),
    triaged_by       bigint references staff_user (id),
    triaged_at       timestamptz,
    patient_id       bigint references patient (id),
    referral_id      bigint references referral (id),
    end_code         text,
    constraint preferred_mode_was_offered check (preferred_mode = any (modes_offered)),
    constraint triaged_fully check ((status = 'NEW') = (triaged_at is null)),
    constraint taken_in_has_referral check (status not in ('ACCEPTED', 'CLOSED') or referral_id is not null)
);
create index self_referral_new on self_referral (team_id, urgent desc, submitted_at) where status = 'NEW';
create index self_referral_submitted on self_referral (submitted_at);

create table self_referral_answer (
    self_referral_id  bigint not null references self_referral (id),
    question          text not null,
    answer            text not null,
    primary key (self_referral_id, question)
);

-- measures: a risk alert raised by a self-referral not yet triaged has no patient or referral yet; triage gives it
-- them. Questionnaires answered in a self-referral are stored as completed at referral.
alter table risk_alert
    alter column patient_id drop not null,
    alter column referral_id drop not null,
    alter column administration_id drop not null,
    add column self_referral_id bigint references self_referral (id);
alter table risk_alert add constraint risk_alert_about_someone
    check ((patient_id is not null and referral_id is not null and (administration_id is not null or self_referral_id is not null))
           or (patient_id is null and referral_id is null and self_referral_id is not null));
create index risk_alert_self_referral on risk_alert (self_referral_id) where self_referral_id is not null;

alter table measure_administration drop constraint measure_administration_route_check;
alter table measure_administration add constraint measure_administration_route_check
    check (route in ('IN_SESSION', 'BEFORE_SESSION', 'IMPORTED', 'AT_REFERRAL'));

-- messaging: a one-off message to an address given by someone not (yet) on record, e.g. a self-referral's
-- confirmation. Its words are kept with it; it carries nothing clinical.
alter table outbound_message
    alter column patient_id drop not null,
    add column address text,
    add column subject text,
    add column body text;
alter table outbound_message drop constraint outbound_message_kind_check;
alter table outbound_message add constraint outbound_message_kind_check
    check (kind in ('APPOINTMENT_REMINDER', 'QUESTIONNAIRE_LINK', 'ONE_OFF'));
alter table outbound_message add constraint one_off_has_address_and_words
    check (kind <> 'ONE_OFF' or (address is not null and body is not null and subject is not null));
alter table outbound_message add constraint patient_unless_one_off
    check (kind = 'ONE_OFF' or patient_id is not null);
