-- formulation: the join link sent to the patient by text message or e-mail (messaging), one per sharing. The token is
-- minted when the message goes and only its hash is kept; a resent message replaces it. It works while the sharing
-- does (not ended, not run out, nobody joined yet), and still asks for the date of birth.
create table formulation_join_link (
    share_id    bigint primary key references formulation_share (id),
    token_hash  bytea not null unique,
    minted_at   timestamptz not null default now()
);

-- The copy of a kept version is now sent by messaging: the practitioner's request (with the patient's agreement) is
-- kept at once, the token's hash only when the message goes.
alter table formulation_copy_link drop constraint formulation_copy_link_pkey;
alter table formulation_copy_link
    add column id bigint generated always as identity primary key,
    alter column token_hash drop not null;
create unique index formulation_copy_link_token on formulation_copy_link (token_hash);
