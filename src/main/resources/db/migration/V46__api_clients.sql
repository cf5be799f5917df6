-- fhir: machine clients (other systems) registered by an administrator. They authenticate with a JWT signed by a
-- private key of theirs (OAuth 2.0 client credentials, private_key_jwt); only the public keys are stored.
create table api_client (
    id             bigint generated always as identity primary key,
    client_id      text not null,
    name           text not null,
    jwks           text not null,            -- public keys as a JWK Set (a PEM key is stored converted)
    scopes         text[] not null,          -- SMART system scopes, e.g. system/Observation.read
    team_ids       bigint[] not null,        -- the teams whose patients it may read or write
    enabled        boolean not null default true,
    registered_by  bigint references staff_user (id),
    registered_at  timestamptz not null default now()
);
create unique index api_client_client_id on api_client (lower(client_id));
