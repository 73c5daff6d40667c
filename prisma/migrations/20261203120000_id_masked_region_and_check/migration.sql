-- The former mask (region + last four) hid exactly the birth date, so with the
-- birth date it was the whole number. Keep the region and the check character only.
UPDATE "member"
SET "id_masked" = left("id_masked", 6) || repeat('*', length("id_masked") - 7) || right("id_masked", 1)
WHERE "id_masked" ~ '^[0-9]{6}\*+[0-9]{3}[0-9X]$';
