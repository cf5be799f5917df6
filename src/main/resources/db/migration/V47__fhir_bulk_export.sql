-- fhir: bulk data exports ($export), kept in the database so that any node can answer a status request and hand out
-- the files. A file is one resource type's NDJSON, at most a fixed number of resources.
create table fhir_export (
    id            uuid primary key,
    client_id     text not null,             -- the API client that asked; only it may fetch the files
    types         text[] not null,
    since         timestamptz,
    request_url   text not null,
    base_url      text not null,
    status        text not null default 'RUNNING' check (status in ('RUNNING', 'COMPLETE', 'FAILED', 'CANCELLED')),
    error         text,
    requested_at  timestamptz not null default now(),
    completed_at  timestamptz
);

create table fhir_export_file (
    export_id      uuid not null references fhir_export (id) on delete cascade,
    seq            integer not null,
    resource_type  text not null,
    resources      integer not null,
    ndjson         text not null,
    primary key (export_id, seq)
);
