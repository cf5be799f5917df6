-- supervision: flag inputs ---------------------------------------------------------------------------------------
-- Derived, owned by the supervision module and rebuildable: per referral, what the supervision flags need from its
-- recorded contacts and scores, so that the team page reads one narrow row per open referral instead of summing
-- every contact and questionnaire of the team on each view. Kept current from ContactRecorded and MeasureRecorded;
-- a referral without a row (new, bulk-loaded by the demo seeder or a dataset import, or forgotten by a rebuild) is
-- worked out from the record when it is first needed. Stage, dates and risk alerts are not copied: they are read
-- from their owners at request time, and the date-based flags are worked out then.
create table supervision_flag_input (
    referral_id          bigint primary key,
    last_attended_on     date,                 -- the last attended contact (AttendOrDNACode 5 or 6), service date
    treatment_sessions   integer not null,     -- attended treatment contacts (AppType 02, 03, 05)
    missed_in_a_row      integer not null,     -- not attended (3, 7) since the last attended contact
    -- first and latest totals of each instrument summarised on lists, with how many and when the latest was
    phq9_first smallint, phq9_latest smallint, phq9_count integer, phq9_latest_at timestamptz,
    gad7_first smallint, gad7_latest smallint, gad7_count integer, gad7_latest_at timestamptz,
    wsas_first smallint, wsas_latest smallint, wsas_count integer, wsas_latest_at timestamptz,
    computed_at          timestamptz not null default now()
);
