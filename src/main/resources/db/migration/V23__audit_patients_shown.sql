-- Pages that list patients (caseload, waiting list, supervision, search, risk alerts, diary) write one entry per
-- view naming every patient shown, so that one query answers "who has seen this patient's details, and when":
--   where patient_id = ? or shown_patient_ids @> array[?]::bigint[]
-- (the btree index on patient_id and this GIN index, combined by a bitmap OR).
alter table audit_event add column shown_patient_ids bigint[];
create index audit_event_shown on audit_event using gin (shown_patient_ids);

-- EXPORT: figures or records leaving Stepline (CSV downloads, the command line's export and report).
alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check
    check (action in ('VIEW', 'CREATE', 'UPDATE', 'DENIED', 'ADMIN', 'EXPORT'));
