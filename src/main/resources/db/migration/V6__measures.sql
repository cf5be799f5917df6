-- measures ---------------------------------------------------------------
-- One row per completed questionnaire; its answers one row per item.
create table measure_administration (
    id              bigint generated always as identity primary key,
    patient_id      bigint not null references patient (id),
    referral_id     bigint not null references referral (id),
    appointment_id  bigint references appointment (id),
    instrument      text not null,            -- instrument id, e.g. PHQ9
    snomed_code     text,                     -- CodedAssToolType of the total, where known
    completed_at    timestamptz not null,
    route           text not null check (route in ('IN_SESSION', 'BEFORE_SESSION', 'IMPORTED')),
    total_score     integer,
    severity        text,
    caseness        boolean,
    entered_by      bigint references staff_user (id),
    request_id      bigint,
    created_at      timestamptz not null default now()
);
create index measure_administration_referral on measure_administration (referral_id, instrument, completed_at);
create index measure_administration_patient on measure_administration (patient_id, completed_at);

create table measure_answer (
    administration_id  bigint not null references measure_administration (id),
    item_number        integer not null,
    value              integer,               -- null: not applicable
    primary key (administration_id, item_number)
);

-- A request for a patient to complete questionnaires before an appointment. The link's token is never stored:
-- only its SHA-256 hash, set when the link is issued (now by staff, later by a sender).
create table questionnaire_request (
    id                    bigint generated always as identity primary key,
    patient_id            bigint not null references patient (id),
    referral_id           bigint not null references referral (id),
    appointment_id        bigint references appointment (id),
    team_id               bigint not null references team (id),
    instruments           text[] not null,
    status                text not null default 'SCHEDULED'
                          check (status in ('SCHEDULED', 'ISSUED', 'COMPLETED', 'REVOKED', 'LOCKED')),
    send_after            timestamptz,        -- when a sender should deliver it (null: issue by hand)
    channel               text,               -- how it was or will be delivered: COPIED, SMS, EMAIL
    token_hash            bytea unique,
    issued_at             timestamptz,
    expires_at            timestamptz,
    failed_birth_dates    integer not null default 0,
    completed_at          timestamptz,
    revoked_at            timestamptz,
    revoked_by            bigint references staff_user (id),
    created_by            bigint references staff_user (id),
    created_at            timestamptz not null default now()
);
create index questionnaire_request_appointment on questionnaire_request (appointment_id);
create index questionnaire_request_patient on questionnaire_request (patient_id);

alter table measure_administration
    add constraint measure_administration_request foreign key (request_id) references questionnaire_request (id);

-- A risk answer stays in front of clinicians until one acknowledges it with a note.
create table risk_alert (
    id                 bigint generated always as identity primary key,
    patient_id         bigint not null references patient (id),
    referral_id        bigint not null references referral (id),
    team_id            bigint not null references team (id),
    administration_id  bigint not null references measure_administration (id),
    reason             text not null,
    raised_at          timestamptz not null default now(),
    acknowledged_at    timestamptz,
    acknowledged_by    bigint references staff_user (id),
    acknowledgement    text,
    constraint acknowledged_with_note check (acknowledged_at is null or (acknowledged_by is not null and length(acknowledgement) > 0))
);
create index risk_alert_open_patient on risk_alert (patient_id) where acknowledged_at is null;
create index risk_alert_open_team on risk_alert (team_id) where acknowledged_at is null;
