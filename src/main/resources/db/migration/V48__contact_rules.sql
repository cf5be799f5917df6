-- The rules of what a contact counts as, for SQL: the same as org.stepline.shared.codes.TreatmentContacts
-- (TreatmentContactsSqlTest checks them against it on every code). Immutable SQL functions are inlined by the
-- planner, so a filter written with them costs what the literal lists cost.
create function stepline_attended(attendance text) returns boolean
    language sql immutable parallel safe
    as $$ select attendance in ('5', '6') $$;

create function stepline_treatment_contact(app_type text, attendance text) returns boolean
    language sql immutable parallel safe
    as $$ select attendance in ('5', '6') and app_type in ('02', '03', '05') $$;

-- Attendance.isOutcome(): the appointment has happened or been cancelled (any code but 0, "not yet").
create function stepline_has_outcome(attendance text) returns boolean
    language sql immutable parallel safe
    as $$ select attendance in ('2', '3', '4', '5', '6', '7') $$;
