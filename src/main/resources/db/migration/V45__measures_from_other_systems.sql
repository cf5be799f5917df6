-- A questionnaire may be completed in another system (e.g. a digital therapy provider) and sent through the API:
-- route OTHER_SYSTEM, with the sending system's registered name kept beside it.
alter table measure_administration drop constraint measure_administration_route_check;
alter table measure_administration add constraint measure_administration_route_check
    check (route in ('IN_SESSION', 'BEFORE_SESSION', 'IMPORTED', 'AT_REFERRAL', 'OTHER_SYSTEM'));
alter table measure_administration add column source_system text;
alter table measure_administration add constraint measure_administration_source_system
    check ((route = 'OTHER_SYSTEM') = (source_system is not null));
