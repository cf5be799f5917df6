-- Reallocating referrals (issue 14, "Carrying on working") ------------------------------------------------------------

-- A booked appointment that could not follow its referral to the new practitioner (already booked, or away, at that
-- time) stays where it was and says why it must be rebooked. Null: nothing to rebook. Only read while the
-- appointment has no outcome; moving it to a practitioner clears it.
alter table appointment add column rebook_reason text;
