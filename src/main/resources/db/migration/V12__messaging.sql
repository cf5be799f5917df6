-- Messaging: appointment reminders and questionnaire links sent by SMS (GOV.UK Notify) and e-mail (SMTP).
-- One row per message. A sender on any node claims due rows with FOR UPDATE SKIP LOCKED (status SENDING), sends
-- outside the transaction, then marks them SENT or FAILED (retried at next_attempt_at until the last attempt).
create table outbound_message (
    id                        bigint generated always as identity primary key,
    patient_id                bigint not null references patient (id),
    kind                      text not null check (kind in ('APPOINTMENT_REMINDER', 'QUESTIONNAIRE_LINK')),
    channel                   text check (channel in ('SMS', 'EMAIL')),   -- null only for a link nobody could be sent
    appointment_id            bigint,               -- scheduling's appointment (checked again at send time)
    appointment_starts_at     timestamptz,          -- the time reminded of: a moved appointment cancels the reminder
    questionnaire_request_id  bigint,               -- measures' request (issued at send time)
    lead_minutes              integer check (lead_minutes > 0),
    due_at                    timestamptz not null,
    status                    text not null default 'QUEUED'
                                  check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'CANCELLED')),
    attempts                  integer not null default 0,
    last_failure              text,
    next_attempt_at           timestamptz,          -- when QUEUED or FAILED will be tried; null once settled
    claimed_by                text,
    claimed_at                timestamptz,
    provider_reference        text,
    sent_at                   timestamptz,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    check (kind <> 'APPOINTMENT_REMINDER'
           or (appointment_id is not null and appointment_starts_at is not null and lead_minutes is not null)),
    check (kind <> 'QUESTIONNAIRE_LINK' or questionnaire_request_id is not null),
    check (channel is not null or status = 'CANCELLED')
);
-- the same reminder (appointment, channel, lead time) or link (request) can never be queued twice
create unique index outbound_message_reminder_once on outbound_message (appointment_id, channel, lead_minutes)
    where kind = 'APPOINTMENT_REMINDER';
create unique index outbound_message_link_once on outbound_message (questionnaire_request_id)
    where kind = 'QUESTIONNAIRE_LINK';
create index outbound_message_due on outbound_message (next_attempt_at) where status in ('QUEUED', 'FAILED');
create index outbound_message_sending on outbound_message (claimed_at) where status = 'SENDING';
create index outbound_message_patient on outbound_message (patient_id, due_at desc);

-- A patient's wish not to be sent messages on a channel, recorded by staff.
create table message_opt_out (
    patient_id   bigint not null references patient (id),
    channel      text not null check (channel in ('SMS', 'EMAIL')),
    recorded_by  bigint not null references staff_user (id),
    recorded_at  timestamptz not null default now(),
    primary key (patient_id, channel)
);
