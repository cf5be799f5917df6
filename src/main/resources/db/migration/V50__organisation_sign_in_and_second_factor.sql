-- Organisation sign-in (OpenID Connect): the value of the provider's configured claim (e-mail, preferred_username or
-- sub) that identifies the person, linked to their staff account by an administrator or by enrolment. Compared
-- without regard to case, so that the same e-mail address typed differently is still one person.
alter table staff_user add column organisation_login text;
create unique index staff_user_organisation_login on staff_user (lower(organisation_login));

-- Someone enrolled through organisation sign-in as a clinician waits for an administrator to give them a team, and
-- sees no patient until then; every other clinician still has a team.
alter table staff_user drop constraint clinicians_have_a_team;
alter table staff_user add constraint clinicians_have_a_team
    check (role not in ('PRACTITIONER', 'SUPERVISOR') or team_id is not null or organisation_login is not null);

-- A local account's second factor (RFC 6238 time-based one-time codes). The secret is encrypted with the key in
-- STEPLINE_SECOND_FACTOR_KEY (AES-GCM) and never logged; last_step is the 30-second step of the last code accepted,
-- so that the same code (or an earlier one) is never accepted twice.
create table staff_second_factor (
    staff_id     bigint primary key references staff_user (id),
    secret       text not null,
    enrolled_at  timestamptz not null default now(),
    last_step    bigint not null default 0
);
