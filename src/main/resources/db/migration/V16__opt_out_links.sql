-- Patients opt out of a channel themselves, through the link in every message (docs/decisions.md, messaging).
-- Such an opt-out has no staff member behind it.
alter table message_opt_out alter column recorded_by drop not null;
alter table message_opt_out add column by_patient boolean not null default false;
alter table message_opt_out add constraint message_opt_out_recorded_by_someone
    check (recorded_by is not null or by_patient);

-- One opt-out link per message composed; only the SHA-256 hash of its 256-bit token is kept. Links do not expire.
create table message_opt_out_link (
    token_hash  bytea primary key,
    patient_id  bigint not null references patient (id),
    channel     text not null check (channel in ('SMS', 'EMAIL')),
    created_at  timestamptz not null default now()
);
create index message_opt_out_link_patient on message_opt_out_link (patient_id);
