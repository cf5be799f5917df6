-- fhir: the client assertions (their jti) already exchanged for a token, kept until they expire, so that a captured
-- assertion cannot be used a second time on any node (SMART Backend Services asks servers to refuse a replayed jti).
create table api_assertion_used (
    client_id   text not null,
    jti         text not null,
    expires_at  timestamptz not null,
    primary key (client_id, jti)
);
create index api_assertion_used_expiry on api_assertion_used (expires_at);
