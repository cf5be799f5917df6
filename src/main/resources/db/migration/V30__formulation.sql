-- The shared formulation board (module formulation). A board belongs to a referral and is drawn from a model
-- (a data file in formulation-models/). Entries are separate rows, each with its own version, so that two people
-- writing at once never overwrite each other's words (docs/decisions.md, "The formulation board").
create table formulation_board (
    id          bigint generated always as identity primary key,
    referral_id bigint not null references referral (id),
    patient_id  bigint not null references patient (id),
    model_id    text not null,
    last_seq    bigint not null default 0,      -- the last change's sequence number (formulation_change.seq)
    created_by  bigint not null references staff_user (id),
    created_at  timestamptz not null default now(),
    unique (referral_id, model_id)
);
create index formulation_board_patient on formulation_board (patient_id);

-- Boxes the practitioner added (blank board); a model's own boxes live in its file.
create table formulation_box (
    board_id  bigint not null references formulation_board (id),
    box_key   text not null,
    label     text not null check (length(label) between 1 and 80),
    position  integer not null,
    primary key (board_id, box_key)
);

create table formulation_arrow (
    board_id  bigint not null references formulation_board (id),
    from_key  text not null,
    to_key    text not null,
    primary key (board_id, from_key, to_key),
    check (from_key <> to_key)
);

create table formulation_entry (
    id          bigint generated always as identity primary key,
    board_id    bigint not null references formulation_board (id),
    box_key     text not null,
    text        text not null check (length(text) between 1 and 500),
    version     integer not null default 1,
    written_by  text not null check (written_by in ('PRACTITIONER', 'PATIENT')),
    client_id   text,                           -- the writer's own id for the entry: a resent entry is saved once
    removed     boolean not null default false,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index formulation_entry_board on formulation_entry (board_id, id);
create unique index formulation_entry_client on formulation_entry (board_id, client_id) where client_id is not null;

-- Every change, numbered per board: a screen that lost its connection catches up from the last number it saw.
create table formulation_change (
    board_id  bigint not null references formulation_board (id),
    seq       bigint not null,
    body      jsonb not null,
    at        timestamptz not null default now(),
    primary key (board_id, seq)
);

-- Sharing with the patient: a six-digit code read out on the call, usable by one patient for at most an hour.
create table formulation_share (
    id            bigint generated always as identity primary key,
    board_id      bigint not null references formulation_board (id),
    code          char(6) not null check (code ~ '^[0-9]{6}$'),
    started_by    bigint not null references staff_user (id),
    started_at    timestamptz not null,
    expires_at    timestamptz not null,
    ended_at      timestamptz,
    ended_reason  text,
    joined_at     timestamptz,
    wrong_birth_dates integer not null default 0
);
-- a code names at most one sharing that has not ended
create unique index formulation_share_live_code on formulation_share (code) where ended_at is null;
create index formulation_share_board on formulation_share (board_id) where ended_at is null;

-- The patient's browser, once joined: a cookie holding a random token, stored only as its hash.
create table formulation_participant (
    token_hash  bytea primary key,
    share_id    bigint not null references formulation_share (id),
    board_id    bigint not null references formulation_board (id),
    patient_id  bigint not null references patient (id),
    joined_at   timestamptz not null default now()
);

-- Who has the board open now, one row per live connection on any node; refreshed every few seconds.
create table formulation_presence (
    connection_id  text primary key,
    board_id       bigint not null references formulation_board (id),
    role           text not null check (role in ('PRACTITIONER', 'PATIENT')),
    node           text not null,
    seen_at        timestamptz not null
);
create index formulation_presence_board on formulation_presence (board_id);

-- Join attempts by network address, for the rate limit on /join (shared by every node).
create table formulation_join_attempt (
    address  text not null,
    at       timestamptz not null
);
create index formulation_join_attempt_address on formulation_join_attempt (address, at);

-- The whole board kept each time it is closed: the record keeps versions, not keystrokes.
create table formulation_version (
    id          bigint generated always as identity primary key,
    board_id    bigint not null references formulation_board (id),
    number      integer not null,
    snapshot    jsonb not null,
    kept_by     bigint not null references staff_user (id),
    kept_at     timestamptz not null default now(),
    unique (board_id, number)
);

-- A copy for the patient, behind a one-time link, sent only with their agreement.
create table formulation_copy_link (
    token_hash  bytea primary key,
    version_id  bigint not null references formulation_version (id),
    patient_id  bigint not null references patient (id),
    agreed_by   bigint not null references staff_user (id),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    opened_at   timestamptz
);
