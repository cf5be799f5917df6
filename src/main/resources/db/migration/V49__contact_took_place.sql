-- A contact that took place: attended (5 or 6), or unplanned (planned = false: the patient initiated it, from an
-- extract's PlannedCareContIndicator N; null, as for every contact booked in Stepline, is planned). The same as
-- TreatmentContacts.tookPlace and isTreatmentContact(type, attendance, unplanned); TreatmentContactsSqlTest checks them.
create function stepline_took_place(attendance text, planned boolean) returns boolean
    language sql immutable parallel safe
    as $$ select attendance in ('5', '6') or planned is false $$;

create function stepline_treatment_contact(app_type text, attendance text, planned boolean) returns boolean
    language sql immutable parallel safe
    as $$ select (attendance in ('5', '6') or planned is false) and app_type in ('02', '03', '05') $$;
